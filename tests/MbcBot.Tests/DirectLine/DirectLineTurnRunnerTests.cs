using System.Net;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineTurnRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JoinEvent_Twice_BotSeesOneConversationUpdateAddingTheUserAndWelcomesOnce()
    {
        var bot = new EchoTestBot();
        await using var app = DirectLineTestApp.Create(bot);
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, JoinEventJson(), Ct)).Dispose();
        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, JoinEventJson(), Ct)).Dispose();
        (await client.PostMessageAsync(conversationId, token, "after", "c9", Ct)).Dispose();
        var seen = await ReceiveUntilAsync(socket, s => s.Any(a => Text(a) == "Echo: after"), Ct);

        Assert.Equal(1, bot.Welcomes);
        var welcome = Assert.Single(seen, a => Text(a) == EchoTestBot.Welcome);
        Assert.Null(welcome["replyToId"]);
        var update = bot.Received.First();
        Assert.Equal("conversationUpdate", update.Type);
        Assert.Equal(update.From!.Id, Assert.Single(update.MembersAdded!).Id);
        Assert.True(seen.IndexOf(welcome) < seen.FindIndex(a => Text(a) == "Echo: after"));
    }

    [Fact]
    public async Task Message_BotThrows_UserGetsApologyAndPostStill200()
    {
        var bot = new EchoTestBot { Throw = true };
        await using var app = DirectLineTestApp.Create(bot);
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        using var post = await client.PostMessageAsync(conversationId, token, "boom", "c1", Ct);
        var seen = await ReceiveUntilAsync(socket, s => s.Any(a => Text(a) == MbcBot.Hosting.TurnPipeline.Apology), Ct);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("bot", seen.Last()["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Message_BotReceives_TokenUserAsFromAndBotAsRecipient()
    {
        var bot = new EchoTestBot();
        await using var app = DirectLineTestApp.Create(bot);
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        (await client.PostMessageAsync(conversationId, token, "who am I", "c1", Ct)).Dispose();
        await ReceiveUntilAsync(socket, s => s.Any(a => Text(a) == "Echo: who am I"), Ct);

        var inbound = Assert.Single(bot.Received);
        Assert.Equal(DirectLineEndpointsTests.TokenClaim(token, "user"), inbound.From!.Id);
        Assert.Equal("user", inbound.From.Role);
        Assert.Equal("bot", inbound.Recipient!.Role);
        Assert.Equal(conversationId, inbound.Conversation!.Id);
    }
}
