using MbcBot.Ingestion;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.Hosting;

/// <summary>The real web host (Program.cs) refuses to start on a bad setting or a broken corpus, naming what to fix.</summary>
public sealed class WebHostStartupTests
{
    [Theory]
    [InlineData("Retrieval:B", "2")]
    [InlineData("Answering:Disclaimer", "")]
    public void Start_BadSetting_ThrowsNamingTheKey(string key, string value)
    {
        var error = FailedStart.Capture(() => new MbcBotApplication().WithSetting(key, value));

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(key + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_BrokenCorpusDocument_ThrowsWithTheFileAndLine()
    {
        using var corpus = BrokenCorpus.Create();

        var error = FailedStart.Capture(() => new MbcBotApplication().WithSetting("Answering:CorpusPath", corpus.Directory));

        Assert.IsType<CorpusFormatException>(error);
        Assert.Contains($"{BrokenCorpus.FileName}:{BrokenCorpus.ErrorLine}:", error.Message, StringComparison.Ordinal);
    }
}
