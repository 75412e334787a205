using System.Net;
using System.Text.Json.Nodes;
using MbcBot.Tests.BotFramework.Fakes;

namespace MbcBot.Tests.BotFramework;

/// <summary>An authenticated Teams-style flow: channel tokens in, MSAL tokens out, mentions, threads, path prefixes.</summary>
public sealed partial class MessagesEndpointTests
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public async Task Post_TeamsWithValidToken_RepliesWithAnOutboundTokenCachedAcrossTurns()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, TeamsServiceUrl);
        var first = ActivityJson.TeamsMessage(TeamsServiceUrl, "what is HER2", BotFrameworkTestHost.AppId);
        var second = ActivityJson.TeamsMessage(TeamsServiceUrl, "what is a biopsy", BotFrameworkTestHost.AppId);
        second["id"] = "1712345678902";

        var responses = new[] { await host.PostAsync(first, token), await host.PostAsync(second, token) };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var sent = host.Connector.Requests.ToList();
        Assert.Equal(4, sent.Count); // per turn in a personal chat: the answer, then its suggested actions (ReplyActivity.ForChannel)
        Assert.Equal("/amer/v3/conversations/a%3A1Xyz%3Bmessageid%3D1/activities/1712345678901", sent[0].RawPath);
        Assert.All(sent, request => Assert.Equal("Bearer " + FakeIssuer.OutboundAccessToken, request.Authorization));
        Assert.Equal("28:" + BotFrameworkTestHost.AppId, sent[0].Json["from"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", sent[0].Json["conversation"]!["tenantId"]!.GetValue<string>());
        Assert.Equal(1, host.Issuer.TokenRequests);
        Assert.Equal($"/{BotFrameworkTestHost.TenantId}/oauth2/v2.0/token", Assert.Single(host.Issuer.TokenRequestPaths));
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", host.Issuer.TokenRequestBodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TeamsChannelMention_AnswersTheQuestionWithoutTheMention()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, TeamsServiceUrl);
        var message = ActivityJson.TeamsMessage(TeamsServiceUrl, "<at>MbcBot</at> what is HER2", BotFrameworkTestHost.AppId, "channel");
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + BotFrameworkTestHost.AppId, ["name"] = "MbcBot" },
            ["text"] = "<at>MbcBot</at>",
        });

        var response = await host.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["what is HER2"], host.Answers.Questions);
        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712345678901/activities/1712345678901", request.RawPath);
    }

    [Fact]
    public async Task Post_TeamsTokenForAnotherServiceUrl_Answers401AndCallsNobody()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, TeamsServiceUrl);

        var response = await host.PostAsync(ActivityJson.TeamsMessage("https://attacker.example/amer/", "hi", BotFrameworkTestHost.AppId), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
        Assert.Equal(0, host.Issuer.TokenRequests);
    }

    [Fact]
    public async Task Post_EmulatorWithCredentials_RepliesToLoopbackWithAToken()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();
        var token = host.Issuer.EmulatorToken(BotFrameworkTestHost.AppId, "2.0");

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "e|1", "hi"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + FakeIssuer.OutboundAccessToken, Assert.Single(host.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Post_EmulatorTokenWithRemoteServiceUrl_Answers403()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();
        var token = host.Issuer.EmulatorToken(BotFrameworkTestHost.AppId);

        var response = await host.PostAsync(ActivityJson.EmulatorMessage("https://attacker.example", ConversationId, "e|1", "hi"), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_MultiTenantBot_AsksTheBotFrameworkAuthority()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials("MultiTenant");
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, TeamsServiceUrl);

        await host.PostAsync(ActivityJson.TeamsMessage(TeamsServiceUrl, "hi", BotFrameworkTestHost.AppId), token);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(host.Issuer.TokenRequestPaths));
    }
}
