using MbcBot.DirectLine;
using MbcBot.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
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
    public void WebHost_ProductionWithoutKey_FailsToStartNamingTheKey()
    {
        Exception? error = null;
        for (var attempt = 0; attempt < 5 && error is null or ObjectDisposedException; attempt++)
        {
            using var app = new MbcBotApplication();
            using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment(Environments.Production));
            error = Record.Exception(() => production.CreateClient().Dispose());
        }

        Assert.NotNull(error);
        Assert.Contains("DirectLine:TokenSigningKey is required in the Production environment", error.ToString());
    }
}
