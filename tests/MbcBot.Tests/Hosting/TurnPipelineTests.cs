using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MbcBot.Bot.Turns;
using MbcBot.BotFramework;
using MbcBot.Hosting;
using MbcBot.Tests.BotFramework.Fakes;
using MbcBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.Hosting;

/// <summary>One turn pipeline for both channels: the same apology, one error log per failed turn.</summary>
public sealed class TurnPipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_BotThrowsOnEitherChannel_SameApologyAndOneErrorLogEach()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot { Throw = true }).WithServices(logs.AddTo);
        var http = app.CreateClient();
        var message = ActivityJson.EmulatorMessage("https://caller.example/skills", "conv-p", "m1", "hello");
        message["deliveryMode"] = "expectReplies";

        using var response = await http.PostAsync(BotFrameworkExtensions.Route, new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        var emulatorReply = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["activities"]![0]!;
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);
        using var posted = await client.PostMessageAsync(conversationId, token, "hello", "c1", Ct);
        var seen = await ReceiveUntilAsync(socket, s => s.Any(a => Text(a) == TurnPipeline.Apology), Ct);

        Assert.Equal(TurnPipeline.Apology, Text(emulatorReply));
        Assert.Equal("bot", seen.Single(a => Text(a) == TurnPipeline.Apology)["from"]!["role"]!.GetValue<string>());
        var failures = logs.Entries.Where(e => e.Text.StartsWith("The turn failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Single(failures, e => e.Text.Contains("on emulator", StringComparison.Ordinal));
        Assert.Single(failures, e => e.Text.Contains("on directline", StringComparison.Ordinal));
    }
}
