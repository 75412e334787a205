using System.Net;
using System.Text.Json.Nodes;
using MbcBot.Bot.Protocol;
using MbcBot.Tests.BotFramework.Fakes;

namespace MbcBot.Tests.BotFramework;

/// <summary>What the endpoint does between the wire and the bot: callerId from the token only, trace only to the Emulator.</summary>
public sealed partial class MessagesEndpointTests
{
    private static IReadOnlyList<Activity> TraceThenMessage(Activity inbound) =>
        [new Activity { Type = ActivityTypes.Trace, Name = "debug", Label = "state" }, new Activity { Text = "hello" }];

    [Theory]
    [InlineData("emulator", new[] { "trace", "message" })]
    [InlineData("webchat", new[] { "message" })]
    [InlineData("directline", new[] { "message" })]
    public async Task Post_BotSendsTrace_OnlyTheEmulatorReceivesIt(string channelId, string[] expectedTypes)
    {
        var bot = new RecordingBot { Replies = TraceThenMessage };
        await using var host = new BotFrameworkTestHost().WithBot(bot);
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "t|1", "hi");
        message["channelId"] = channelId;

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedTypes, host.Connector.Requests.Select(request => request.Get("type")));
    }

    [Fact]
    public async Task Post_ExpectRepliesOffTheEmulator_LeavesTraceOutOfTheBody()
    {
        var bot = new RecordingBot { Replies = TraceThenMessage };
        await using var host = new BotFrameworkTestHost().WithBot(bot);
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "t|2", "hi");
        message["channelId"] = "test";
        message["deliveryMode"] = "expectReplies";

        var response = await host.PostAsync(message);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(["message"], body["activities"]!.AsArray().Select(activity => activity!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Post_EmulatorModeCallerIdOnTheWire_TheBotSeesNone()
    {
        var bot = new RecordingBot();
        await using var host = new BotFrameworkTestHost().WithBot(bot);
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "c|2", "hi");
        message["callerId"] = "urn:botframework:azure";

        await host.PostAsync(message);

        Assert.Null(Assert.Single(bot.Turns).CallerId);
    }

    [Fact]
    public async Task Post_ChannelTokenWithForgedCallerId_TheBotSeesTheTokensCaller()
    {
        var bot = new RecordingBot();
        await using var host = new BotFrameworkTestHost().WithCredentials().WithBot(bot);
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, TeamsServiceUrl);
        var message = ActivityJson.TeamsMessage(TeamsServiceUrl, "hi", BotFrameworkTestHost.AppId);
        message["callerId"] = "urn:botframework:aadappid:someone-else";

        var response = await host.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(bot.Turns).CallerId);
    }
}
