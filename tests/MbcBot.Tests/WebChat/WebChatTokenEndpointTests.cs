using System.Net;
using MbcBot.Tests.DirectLine;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.WebChat;

public sealed class WebChatTokenEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_Token_ReturnsConversationBoundTokenWithDlUserClaimAndNoStore()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());

        using var response = await app.CreateClient().PostAsync("/api/webchat/token", null, Ct);
        var body = await ReadJsonAsync(response, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var token = body["token"]!.GetValue<string>();
        Assert.Equal(body["conversationId"]!.GetValue<string>(), DirectLineEndpointsTests.TokenClaim(token, "conv"));
        Assert.StartsWith("dl_", DirectLineEndpointsTests.TokenClaim(token, "user"));
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_Token_ConfiguredSigningKey_NeverReachesPageScriptOrResponse()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var app = DirectLineTestApp.Create(new EchoTestBot()).WithSetting("DirectLine:TokenSigningKey", key);
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/", Ct);
        var script = await client.GetStringAsync("/webchat/app.js", Ct);
        using var response = await client.PostAsync("/api/webchat/token", null, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(new[] { page, script, body }, text => Assert.DoesNotContain(key, text));
        Assert.All(new[] { page, script, body }, text => Assert.DoesNotContain(System.Text.Json.JsonEncodedText.Encode(key).ToString(), text));
    }

    [Fact]
    public async Task Post_Token_TwoCalls_OpenDifferentConversations()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();

        var (first, _, _) = await client.StartAsync(Ct);
        var (second, _, _) = await client.StartAsync(Ct);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Post_Token_OverPerClientLimit_Returns429WithErrorBody()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot()).WithSetting("DirectLine:TokensPerMinutePerClient", "2");
        var client = app.CreateClient();

        (await client.PostAsync("/api/webchat/token", null, Ct)).Dispose();
        (await client.PostAsync("/api/webchat/token", null, Ct)).Dispose();
        using var third = await client.PostAsync("/api/webchat/token", null, Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("TooManyRequests", (await ReadJsonAsync(third, Ct))["error"]!["code"]!.GetValue<string>());
    }
}
