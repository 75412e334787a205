using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using MbcBot.Tests.BotFramework.Fakes;

namespace MbcBot.Tests.BotFramework;

/// <summary>Hostile input: always a 4xx, never a 5xx, never a turn and never an outbound call.</summary>
public sealed partial class MessagesEndpointTests
{
    public static TheoryData<string, int, string> BadBodies => new()
    {
        { "{\"type\":\"message\",", 400, "not valid JSON" },
        { "not json at all", 400, "not valid JSON" },
        { "[{\"type\":\"message\"}]", 400, "JSON object" },
        { "{\"text\":\"hi\"}", 400, "no type" },
        { "{\"type\":\"  \"}", 400, "no type" },
        { "{\"type\":5}", 400, "schema" },
        { "", 400, "empty" },
        { "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}", 400, "nested deeper" },
        { "{\"type\":\"message\",\"channelData\":" + string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "1" + new string('}', 70) + "}", 400, "nested deeper" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Answers400WithAReason(string body, int status, string reason)
    {
        await using var host = new BotFrameworkTestHost();

        var response = await host.PostRawAsync(body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_TenMegabyteBody_Answers413()
    {
        await using var host = new BotFrameworkTestHost();
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "big", new string('a', 10 * 1024 * 1024));

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_LargeBodyWithoutContentLength_Answers413()
    {
        await using var host = new BotFrameworkTestHost();
        var json = JsonSerializer.Serialize(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "big", new string('a', 300 * 1024)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StreamContent(new NoLengthStream(System.Text.Encoding.UTF8.GetBytes(json))),
        };

        var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("https://attacker.example")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("http://localhost.attacker.example")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task Post_EmulatorModeServiceUrlOffLoopback_Answers403WithoutOutboundCall(string serviceUrl)
    {
        await using var host = new BotFrameworkTestHost();

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(serviceUrl, ConversationId, "s1", "hi"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_ConfiguredTunnelHost_IsAllowedInEmulatorMode()
    {
        await using var host = new BotFrameworkTestHost().WithSetting("BotFramework:AllowedServiceUrlHosts:0", "abc.tunnel.example");

        var response = await host.PostAsync(ActivityJson.EmulatorMessage("https://abc.tunnel.example", ConversationId, "s1", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abc.tunnel.example", Assert.Single(host.Connector.Requests).Uri.Host);
    }

    [Fact]
    public async Task Post_MissingServiceUrl_Answers400()
    {
        await using var host = new BotFrameworkTestHost();
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "s1", "hi");
        message.Remove("serviceUrl");

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_TokenWithoutAppId_Answers401()
    {
        await using var host = new BotFrameworkTestHost();
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, ServiceUrl);

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "a1", "hi"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_WithAppIdButNoToken_Answers401()
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "a1", "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    public static TheoryData<string> ForgedTokens => ["forged-signature", "expired", "wrong-audience", "wrong-issuer", "hs256", "alg-none", "unknown-kid", "garbage"];

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Post_BadChannelToken_Answers401WithoutOutboundCall(string defect)
    {
        await using var host = new BotFrameworkTestHost().WithCredentials();
        const string teamsUrl = "https://smba.trafficmanager.net/amer/";
        var issuer = host.Issuer;
        var appId = BotFrameworkTestHost.AppId;
        using var otherKey = RSA.Create(2048);
        var token = defect switch
        {
            "forged-signature" => issuer.Sign(FakeIssuer.ChannelKeyId, otherKey, issuer.Claims(FakeIssuer.ChannelIssuer, appId, null, ("serviceurl", teamsUrl))),
            "expired" => issuer.SignWithChannelKey(ExpiredClaims(issuer, appId, teamsUrl)),
            "wrong-audience" => issuer.ChannelToken("00000000-0000-0000-0000-000000000001", teamsUrl),
            "wrong-issuer" => issuer.SignWithChannelKey(issuer.Claims("https://api.botframework.evil", appId, null, ("serviceurl", teamsUrl))),
            "hs256" => issuer.SignWithChannelKey(issuer.Claims(FakeIssuer.ChannelIssuer, appId, null, ("serviceurl", teamsUrl)), alg: "HS256"),
            "alg-none" => issuer.SignWithChannelKey(issuer.Claims(FakeIssuer.ChannelIssuer, appId, null, ("serviceurl", teamsUrl)), alg: "none"),
            "unknown-kid" => issuer.SignWithChannelKey(issuer.Claims(FakeIssuer.ChannelIssuer, appId, null, ("serviceurl", teamsUrl)), kid: "other-kid"),
            _ => "not.a.jwt",
        };

        var response = await host.PostAsync(ActivityJson.TeamsMessage(teamsUrl, "hi", appId), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    private static System.Text.Json.Nodes.JsonObject ExpiredClaims(FakeIssuer issuer, string appId, string serviceUrl)
    {
        var claims = issuer.Claims(FakeIssuer.ChannelIssuer, appId, null, ("serviceurl", serviceUrl));
        var now = DateTimeOffset.UtcNow;
        claims["nbf"] = now.AddHours(-2).ToUnixTimeSeconds();
        claims["iat"] = now.AddHours(-2).ToUnixTimeSeconds();
        claims["exp"] = now.AddMinutes(-6).ToUnixTimeSeconds();
        return claims;
    }

    /// <summary>A body stream that hides its length, so the request is sent chunked with no Content-Length.</summary>
    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
