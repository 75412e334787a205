using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Tests.BotFramework.Fakes;

namespace MbcBot.Tests.BotFramework;

/// <summary>POST /api/messages in Emulator mode (no app id): the Emulator's session, expectReplies, invoke, errors.</summary>
public sealed partial class MessagesEndpointTests
{
    private static readonly string ServiceUrl = $"http://localhost:{Random.Shared.Next(49152, 65535)}";
    private const string ConversationId = "8a684db0-0a5b-11f0|livechat";

    private static JsonObject ConversationUpdate() => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f1c6e7b0-0a5b|update",
        ["channelId"] = "emulator",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "5e1f0c2a-user", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "a1b2c3-bot", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId },
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "a1b2c3-bot", ["name"] = "Bot" },
            new JsonObject { ["id"] = "5e1f0c2a-user", ["name"] = "User" }),
        ["membersRemoved"] = new JsonArray(),
        ["locale"] = "en-US",
    };

    [Fact]
    public async Task Post_EmulatorSession_EveryReplyReachesTheConnectorAddressedToTheUser()
    {
        await using var host = new BotFrameworkTestHost();

        var responses = new List<HttpResponseMessage>
        {
            await host.PostAsync(ConversationUpdate()),
            await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "msg|0001", "what is metastatic breast cancer")),
            await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "msg|0002", "what is HER2")),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var sent = host.Connector.Requests.ToList();
        Assert.Equal(3, sent.Count);
        var expectedReplyTo = new[] { "f1c6e7b0-0a5b|update", "msg|0001", "msg|0002" };
        for (var i = 0; i < sent.Count; i++)
        {
            var request = sent[i];
            Assert.Equal("POST", request.Method);
            Assert.Equal($"/v3/conversations/8a684db0-0a5b-11f0%7Clivechat/activities/{Uri.EscapeDataString(expectedReplyTo[i])}", request.RawPath);
            Assert.Null(request.Authorization);
            Assert.Equal("application/json; charset=utf-8", request.ContentType);
            var reply = request.Json;
            Assert.Equal("message", reply["type"]!.GetValue<string>());
            Assert.Equal("a1b2c3-bot", reply["from"]!["id"]!.GetValue<string>());
            Assert.Equal("5e1f0c2a-user", reply["recipient"]!["id"]!.GetValue<string>());
            Assert.Equal(ConversationId, reply["conversation"]!["id"]!.GetValue<string>());
            Assert.Equal(expectedReplyTo[i], reply["replyToId"]!.GetValue<string>());
            Assert.Equal("emulator", reply["channelId"]!.GetValue<string>());
            Assert.Equal(ServiceUrl, reply["serviceUrl"]!.GetValue<string>());
            Assert.Equal("en-US", reply["locale"]!.GetValue<string>());
            Assert.Equal("markdown", reply["textFormat"]!.GetValue<string>());
            Assert.False(reply.ContainsKey("id"));
        }

        Assert.Equal("Welcome!\n\nNot medical advice.", sent[0].Get("text"));
        Assert.Equal(3, sent[0].Json["suggestedActions"]!["actions"]!.AsArray().Count);
        Assert.Equal(["what is metastatic breast cancer", "what is HER2"], host.Answers.Questions);
        Assert.Equal("Answer to: what is HER2\n\nNot medical advice.\n\n[1]: cite:1 \"Test Title\"", sent[2].Get("text"));
        Assert.Equal("https://schema.org/Message", sent[2].Json["entities"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsRepliesInTheBodyAndCallsNoConnector()
    {
        await using var host = new BotFrameworkTestHost();
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "m1", "what is HER2");
        message["deliveryMode"] = "expectReplies";
        message["channelId"] = "test";

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("Answer to: what is HER2\n\nNot medical advice.\n\n[1]: cite:1 \"Test Title\"", reply["text"]!.GetValue<string>());
        Assert.Equal("m1", reply["replyToId"]!.GetValue<string>());
        Assert.Equal("5e1f0c2a-user", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Null(reply["id"]);
        Assert.Null(reply["deliveryMode"]);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_ExpectRepliesInvoke_CarriesTheInvokeResponseInTheList()
    {
        await using var host = new BotFrameworkTestHost();
        var invoke = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "i1", "x");
        invoke["type"] = "invoke";
        invoke["name"] = "task/fetch";
        invoke["deliveryMode"] = "expectReplies";

        var response = await host.PostAsync(invoke);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var last = body["activities"]!.AsArray().Single()!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("invokeResponse", last["type"]!.GetValue<string>());
        Assert.Equal(501, last["value"]!["status"]!.GetValue<int>());
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_UnhandledInvoke_Answers501WithEmptyBody()
    {
        await using var host = new BotFrameworkTestHost();
        var invoke = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "i1", "x");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";

        var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("event")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("installationUpdate")]
    [InlineData("messageReaction")]
    [InlineData("brandNewType")]
    public async Task Post_TypesWithoutReplies_Answer200AndSendNothing(string type)
    {
        await using var host = new BotFrameworkTestHost();
        var activity = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "e1", "x");
        activity["type"] = type;
        activity["name"] = "SetTestOptions";

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(host.Answers.Questions);
    }

    [Fact]
    public async Task Post_OnlyTheBotJoins_SendsNothing()
    {
        await using var host = new BotFrameworkTestHost();
        var update = ConversationUpdate();
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "a1b2c3-bot", ["name"] = "Bot" });

        var response = await host.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Post_WelcomeOnDirectLineChannels_UsesSendToConversation(string channelId)
    {
        await using var host = new BotFrameworkTestHost();
        var update = ConversationUpdate();
        update["channelId"] = channelId;

        await host.PostAsync(update);

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("/v3/conversations/8a684db0-0a5b-11f0%7Clivechat/activities", request.RawPath);
        Assert.Null(request.Json["replyToId"]);
    }

    [Fact]
    public async Task Post_SameActivityTwice_RunsTheTurnOnce()
    {
        await using var host = new BotFrameworkTestHost();
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "dup-1", "what is HER2");

        var first = await host.PostAsync(message);
        var second = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(host.Answers.Questions);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_CallerIdOnTheWire_IsDiscarded()
    {
        await using var host = new BotFrameworkTestHost();
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "c1", "hi");
        message["callerId"] = "urn:botframework:azure";

        await host.PostAsync(message);

        Assert.Null(Assert.Single(host.Connector.Requests).Json["callerId"]);
    }

    [Fact]
    public async Task Post_BotThrows_LogsAndApologisesWith200()
    {
        await using var host = new BotFrameworkTestHost();
        host.Answers.Throw = true;

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "t1", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Sorry", Assert.Single(host.Connector.Requests).Get("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ConnectorRefuses_StillAnswers200()
    {
        await using var host = new BotFrameworkTestHost();
        host.Connector.EnqueueStatus(HttpStatusCode.Forbidden);

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "r1", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherVerbs_Answer405(string method)
    {
        await using var host = new BotFrameworkTestHost();

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
