using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineStreamEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stream_MessagePosted_DeliversEchoThenBotAnswerAsActivitySets()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        using var post = await client.PostMessageAsync(conversationId, token, "what is MBC?", "c-7", Ct);
        var seen = await ReceiveUntilAsync(socket, s => s.Any(a => Text(a) == "Echo: what is MBC?"), Ct);

        var echo = seen.First(a => Type(a) == "message");
        var answer = seen.Single(a => Text(a) == "Echo: what is MBC?");
        Assert.Equal("c-7", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(echo["id"]!.GetValue<string>(), answer["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", answer["from"]!["role"]!.GetValue<string>());
        Assert.Equal($"{conversationId}|0000002", answer["id"]!.GetValue<string>());
        Assert.True(string.CompareOrdinal(answer["timestamp"]!.GetValue<string>(), echo["timestamp"]!.GetValue<string>()) > 0);
        Assert.Equal("tell me more", answer["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_EveryFrame_IsAnActivitySetWithStringWatermark()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        (await client.PostMessageAsync(conversationId, token, "one", "c1", Ct)).Dispose();
        var frames = new List<JsonNode>();
        while (!frames.Any(f => f["activities"]!.AsArray().Any(a => Text(a!) == "Echo: one")))
        {
            frames.Add(await ReceiveFrameAsync(socket, Ct));
        }

        Assert.All(frames, f => Assert.IsType<JsonArray>(f["activities"]));
        Assert.All(frames.Where(f => f["watermark"] is not null), f => Assert.True(long.TryParse(f["watermark"]!.GetValue<string>(), out _)));
        Assert.Equal("2", frames.Last()["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_OpenedAfterPost_ReplaysEarlierActivitiesFromWatermark()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"typing"}""", Ct)).Dispose();
        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"typing"}""", Ct)).Dispose();
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token, null, Ct);
        var streamUrl = (await ReadJsonAsync(reconnect, Ct))["streamUrl"]!.GetValue<string>();

        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);
        var replay = await ReceiveFrameAsync(socket, Ct);

        Assert.Equal("2", replay["watermark"]!.GetValue<string>());
        Assert.Equal($"{conversationId}|0000002", Assert.Single(replay["activities"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_ClientKeepAliveEmptyFrame_IsIgnoredAndStreamStaysOpen()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, Ct);
        (await client.PostMessageAsync(conversationId, token, "still there?", "c1", Ct)).Dispose();
        var seen = await ReceiveUntilAsync(socket, s => s.Any(a => Text(a) == "Echo: still there?"), Ct);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Contains(seen, a => Text(a) == "still there?");
    }

    [Fact]
    public async Task Stream_ConversationTokenInsteadOfStreamTicket_IsRefused()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var (conversationId, token, _) = await app.Client().StartAsync(Ct);
        var url = new Uri($"ws://localhost/v3/directline/conversations/{conversationId}/stream?watermark=-&t={Uri.EscapeDataString(token)}");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.Server.CreateWebSocketClient().ConnectAsync(url, Ct));

        Assert.Contains("403", error.Message);
    }

    [Fact]
    public async Task Stream_TicketOlderThanItsLifetime_IsRefusedAndReconnectGivesAWorkingOne()
    {
        var clock = new FakeTimeProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot(), clock);
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        clock.Advance(TimeSpan.FromSeconds(61));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct));
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token, null, Ct);
        var fresh = (await ReadJsonAsync(reconnect, Ct))["streamUrl"]!.GetValue<string>();
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(fresh), Ct);

        Assert.Contains("403", error.Message);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Stream_TicketOfAnotherConversation_IsRefused()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (_, _, streamUrlA) = await client.StartAsync(Ct);
        var (conversationB, _, _) = await client.StartAsync(Ct);
        var ticketA = streamUrlA[(streamUrlA.IndexOf("&t=", StringComparison.Ordinal) + 3)..];
        var url = new Uri($"ws://localhost/v3/directline/conversations/{conversationB}/stream?watermark=-&t={ticketA}");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.Server.CreateWebSocketClient().ConnectAsync(url, Ct));

        Assert.Contains("403", error.Message);
    }

    [Fact]
    public async Task Stream_PlainHttpGet_Returns400()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (_, _, streamUrl) = await client.StartAsync(Ct);

        using var response = await client.Http.GetAsync(streamUrl.Replace("ws://", "http://"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Stream_ConversationExpires_ServerClosesSocket()
    {
        var clock = new FakeTimeProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot(), clock);
        var (_, _, streamUrl) = await app.Client().StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);
        clock.Advance(TimeSpan.FromHours(2));

        var store = (MbcBot.DirectLine.DirectLineConversationStore)app.Services.GetService(typeof(MbcBot.DirectLine.DirectLineConversationStore))!;
        store.RemoveExpired(); // the janitor may have swept it already: the fake clock drives its timer too
        var closed = await Assert.ThrowsAsync<WebSocketException>(() => ReceiveFrameAsync(socket, Ct));

        Assert.Equal("closed by server", closed.Message);
    }
}
