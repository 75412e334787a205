using System.Text.Json.Nodes;
using MbcBot.Tests.DirectLine;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MbcBot.Tests.WebChat;

/// <summary>
/// An independent client against a real socket: botframework-directlinejs 0.15.5 (the library inside Web Chat 4.18.1),
/// run by node from directlinejs/client.mjs, starts a conversation, posts a question and receives the answer over the
/// WebSocket. Its npm packages are pinned by directlinejs/package-lock.json and installed with `npm ci` when missing.
/// </summary>
public sealed class DirectLineJsClientTests
{
    private static readonly string ClientDirectory = Path.Combine(RepositoryPaths.Root, "tests", "MbcBot.Tests", "WebChat", "directlinejs");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DirectLineJs_AsksOverWebSocket_ReceivesEchoWelcomeAndAnswerToItsMessage()
    {
        await EnsureClientInstalledAsync();
        await using var bot = KestrelMbcBot.Start(app => app.WithServices(services =>
        {
            services.RemoveAll<MbcBot.Bot.Turns.IBot>();
            services.AddSingleton<MbcBot.Bot.Turns.IBot>(new EchoTestBot());
        }));

        var run = await ExternalProcess.RunAsync(
            "node", ["client.mjs", bot.BaseAddress.ToString(), "What is metastatic breast cancer?"], ClientDirectory, TimeSpan.FromSeconds(60), Ct);

        Assert.True(run.ExitCode == 0, $"node exited {run.ExitCode}: {run.StandardError}");
        var result = JsonNode.Parse(run.StandardOutput.Trim().Split('\n')[^1])!;
        TestContext.Current.SendDiagnosticMessage($"directlinejs: post to answer {result["postToAnswerMs"]} ms");
        Assert.True(result["echoed"]!.GetValue<bool>());
        Assert.Equal(EchoTestBot.Welcome, result["welcome"]!.GetValue<string>());
        Assert.Equal("Echo: What is metastatic breast cancer?", result["answer"]!.GetValue<string>());
        Assert.Equal(result["postId"]!.GetValue<string>(), result["replyToId"]!.GetValue<string>());
    }

    private static async Task EnsureClientInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(ClientDirectory, "node_modules", "botframework-directlinejs")))
        {
            return;
        }

        var install = await ExternalProcess.RunAsync(
            "npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], ClientDirectory, TimeSpan.FromMinutes(5), Ct);
        Assert.True(install.ExitCode == 0, $"npm ci failed: {install.StandardError}");
    }
}
