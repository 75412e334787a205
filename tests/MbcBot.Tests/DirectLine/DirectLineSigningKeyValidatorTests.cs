using MbcBot.DirectLine;
using MbcBot.Tests.Cli;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.Hosting.Internal;

namespace MbcBot.Tests.DirectLine;

/// <summary>Issue 10, finding 8: no Direct Line signing key outside Development stops start-up, naming the key.</summary>
public sealed class DirectLineSigningKeyValidatorTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Staging", "", false)]
    [InlineData("Production", "key", true)]
    [InlineData("Development", null, true)]
    [InlineData("Testing", null, true)]
    public void Validate_KeyPerEnvironment_RequiredOutsideDevelopment(string environment, string? key, bool valid)
    {
        var validator = new DirectLineSigningKeyValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new DirectLineOptions { TokenSigningKey = key == "key" ? Key : key });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.StartsWith("DirectLine:TokenSigningKey is required in the " + environment, result.FailureMessage);
        }
    }

    [Fact]
    public async Task WebHost_ProductionWithoutKey_FailsToStartNamingTheKey()
    {
        using var data = new TempDataFolder();

        var run = await MbcBotCli.RunAsync([], environment: new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Data__Path"] = data.Path,
        });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mbcbot: cannot start: DirectLine:TokenSigningKey is required in the Production environment", run.StandardError.Trim(), StringComparison.Ordinal);
    }
}
