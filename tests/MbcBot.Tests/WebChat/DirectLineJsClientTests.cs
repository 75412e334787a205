using System.Text.Json.Nodes;
using MbcBot.Answering;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.WebChat;

/// <summary>
/// An independent client against a real socket: botframework-directlinejs 0.15.5 (the library inside Web Chat 4.18.1),
/// run by node from directlinejs/client.mjs, starts a conversation with the real bot, posts a question and receives the
/// answer over the WebSocket. The expected answer comes from the same IAnswerService. Its npm packages are pinned by directlinejs/package-lock.json and installed with `npm ci` when missing.
/// </summary>
public sealed class DirectLineJsClientTests
{
    private static readonly string ClientDirectory = Path.Combine(RepositoryPaths.Root, "tests", "MbcBot.Tests", "WebChat", "directlinejs");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DirectLineJs_AsksOverWebSocket_ReceivesEchoWelcomeAndAnswerWithSourceAndDisclaimer()
    {
        const string question = "Can metastatic breast cancer be cured?";
        await EnsureClientInstalledAsync();
        await using var bot = KestrelMbcBot.Start();
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Answer(question);

        var run = await ExternalProcess.RunAsync(
            "node", ["client.mjs", bot.BaseAddress.ToString(), question], ClientDirectory, TimeSpan.FromSeconds(60), Ct);

        Assert.True(run.ExitCode == 0, $"node exited {run.ExitCode}: {run.StandardError}");
        var result = JsonNode.Parse(run.StandardOutput.Trim().Split('\n')[^1])!;
        TestContext.Current.TestOutputHelper?.WriteLine($"directlinejs: post to answer {result["postToAnswerMs"]} ms");
        Assert.True(result["echoed"]!.GetValue<bool>());
        Assert.Equal(answers.Welcome().Text, result["welcome"]?.GetValue<string>());
        Assert.True(result["welcomeFirst"]!.GetValue<bool>(), "The server stored the answer before the welcome.");
        Assert.Equal(ExpectedReplyText.For(expected), result["answer"]!.GetValue<string>());
        Assert.Contains(answers.Disclaimer, expected.Text);
        Assert.Contains(expected.Source!.Publisher, expected.Text);
        Assert.Equal(result["postId"]!.GetValue<string>(), result["replyToId"]!.GetValue<string>());
    }

    private static Task EnsureClientInstalledAsync() =>
        NpmFolder.EnsureInstalledAsync(ClientDirectory, [Path.Combine("node_modules", "botframework-directlinejs")], Ct);
}
