using MbcBot.Answering;
using MbcBot.Hosting;
using MbcBot.Ingestion;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// AddAnswering on a plain generic host with the shared appsettings.json (what the command line uses): validated
/// options, and the answer service built while the host starts. The web host's own start-up is in WebHostStartupTests.
/// </summary>
public sealed class AnsweringServiceCollectionExtensionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Retrieval:B", "2")]
    [InlineData("Retrieval:K1", "-1")]
    [InlineData("Retrieval:EmbeddingCacheSize", "0")]
    [InlineData("Retrieval:FollowUpCount", "7")]
    [InlineData("Answering:Disclaimer", "")]
    [InlineData("Answering:Disclaimer", "Too short.")]
    [InlineData("Answering:CorpusPath", "")]
    [InlineData("Answering:MaxQuestionLength", "10")]
    public async Task Start_BadSetting_FailsNamingTheKey(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync((key, value)));

        Assert.Contains(key + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ExampleQuestionTheCorpusCannotAnswer_FailsNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => StartAsync(("Answering:ExampleQuestions:1", "How do I bake sourdough bread?")));

        Assert.Contains("Answering:ExampleQuestions", error.Message, StringComparison.Ordinal);
        Assert.Contains("sourdough", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrokenCorpusDocument_FailsWithTheFileLineAndReason()
    {
        using var corpus = BrokenCorpus.Create();

        var error = await Assert.ThrowsAsync<CorpusFormatException>(() => StartAsync(("Answering:CorpusPath", corpus.Directory)));

        Assert.Equal(BrokenCorpus.FileName, Path.GetFileName(error.FilePath));
        Assert.Equal(BrokenCorpus.ErrorLine, error.Line);
        Assert.EndsWith($"{BrokenCorpus.FileName}:{BrokenCorpus.ErrorLine}: missing required key 'publisher'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MissingCorpusFolder_FailsNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mbcbot-no-corpus-{Guid.NewGuid():N}");

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => StartAsync(("Answering:CorpusPath", missing)));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ShippedSettings_ServesOneAnswerServiceBuiltFromTheCorpus()
    {
        using var host = Build();
        await host.StartAsync(Ct);

        var first = host.Services.GetRequiredService<IAnswerService>();
        var second = host.Services.GetRequiredService<IAnswerService>();

        Assert.Same(first, second);
        var reply = first.Answer("Where does breast cancer spread?");
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.NotNull(reply.Source);
        await host.StopAsync(Ct);
    }

    private static async Task StartAsync(params (string Key, string Value)[] settings)
    {
        using var host = Build(settings);
        await host.StartAsync(Ct);
        await host.StopAsync(Ct);
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.UseSharedSettings();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddAnswering();
        return builder.Build();
    }
}
