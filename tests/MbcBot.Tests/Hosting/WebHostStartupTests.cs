using System.Security.Cryptography;
using MbcBot.Tests.Cli;
using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// The real web host (Program.cs, as a process) refuses to start on a bad setting, a data folder it cannot write or a
/// broken corpus: one line on standard error naming what to fix, exit code 2, no stack trace.
/// </summary>
public sealed class WebHostStartupTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("Retrieval__B", "2", "Retrieval:B:")]
    [InlineData("Answering__Disclaimer", "", "Answering:Disclaimer:")]
    [InlineData("Insights__QueueCapacity", "0", "Insights:QueueCapacity:")]
    [InlineData("Tracing__OtlpEndpoint", "not a url", "Tracing:OtlpEndpoint:")]
    public async Task Start_BadSetting_ExitsWithOneLineNamingTheKey(string variable, string value, string key)
    {
        var run = await StartAsync(new() { [variable] = value });

        AssertOneLineFailure(run, key);
    }

    [Fact]
    public async Task Start_DataPathBelowAFile_ExitsWithOneLineNamingDataPath()
    {
        var file = Path.Combine(_data.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var run = await StartAsync(new() { ["Data__Path"] = Path.Combine(file, "data") });

        AssertOneLineFailure(run, "Data:Path: cannot write to");
    }

    [Fact]
    public async Task Start_BrokenCorpusDocument_ExitsWithTheFileAndLine()
    {
        using var corpus = BrokenCorpus.Create();

        var run = await StartAsync(new() { ["Answering__CorpusPath"] = corpus.Directory });

        AssertOneLineFailure(run, $"{BrokenCorpus.FileName}:{BrokenCorpus.ErrorLine}:");
    }

    private Task<ExternalProcess.Result> StartAsync(Dictionary<string, string> settings)
    {
        settings["Data__Path"] = settings.GetValueOrDefault("Data__Path", _data.Path);
        settings["ASPNETCORE_ENVIRONMENT"] = "Production";
        settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        settings["DirectLine__TokenSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return MbcBotCli.RunAsync([], environment: settings);
    }

    private static void AssertOneLineFailure(ExternalProcess.Result run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        var failure = Assert.Single(run.StandardError.Split('\n'), line => line.StartsWith("mbcbot: cannot start: ", StringComparison.Ordinal));
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError + run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.StandardError, StringComparison.Ordinal);
    }
}
