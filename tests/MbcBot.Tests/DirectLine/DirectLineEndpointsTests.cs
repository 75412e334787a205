using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartConversation_NewToken_Returns201WithConversationAndWebSocketStreamUrl()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var token = await client.TokenAsync(Ct);

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"user":{"id":"r_1"}}""", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadJsonAsync(response, Ct);
        var id = body["conversationId"]!.GetValue<string>();
        Assert.Equal(token, body["token"]!.GetValue<string>());
        Assert.InRange(body["expires_in"]!.GetValue<int>(), 1700, 1800);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{id}/stream?watermark=-&t=", body["streamUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartConversation_SameTokenAgain_Returns200WithSameConversation()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);

        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, null, Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversationId, (await ReadJsonAsync(again, Ct))["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartConversation_NoAuthorization_Returns401WithErrorBody()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());

        using var response = await app.Client().SendAsync(HttpMethod.Post, "/v3/directline/conversations", null, null, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("BadArgument", (await ReadJsonAsync(response, Ct))["error"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task StartConversation_GarbageToken_Returns401Or403WithErrorBody(string token)
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());

        using var response = await app.Client().SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, null, Ct);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.NotNull((await ReadJsonAsync(response, Ct))["error"]!["message"]);
    }

    [Fact]
    public async Task StartConversation_TamperedToken_Returns403()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var token = await client.TokenAsync(Ct);
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", tampered, null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("BadArgument", (await ReadJsonAsync(response, Ct))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_ExpiredToken_Returns403TokenExpired()
    {
        var clock = new FakeTimeProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot(), clock);
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await client.PostMessageAsync(conversationId, token, "hello", "c1", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await ReadJsonAsync(response, Ct))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_AnotherConversationsId_Returns403()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (_, tokenA, _) = await client.StartAsync(Ct);
        var (conversationB, _, _) = await client.StartAsync(Ct);

        using var post = await client.PostMessageAsync(conversationB, tokenA, "hello", "c1", Ct);
        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}/activities", tokenA, null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task PostActivity_ConversationNeverStarted_Returns404()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var token = await client.TokenAsync(Ct);
        var conversationId = TokenConversation(token);

        using var response = await client.PostMessageAsync(conversationId, token, "hello", "c1", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (await ReadJsonAsync(response, Ct))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_Message_Returns200IdAndEchoesWithClientActivityIdAndTokenUser()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);

        using var post = await client.PostMessageAsync(conversationId, token, "hello", "client-42", Ct);
        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token, null, Ct);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var id = (await ReadJsonAsync(post, Ct))["id"]!.GetValue<string>();
        Assert.Equal($"{conversationId}|0000001", id);
        var echo = (await ReadJsonAsync(read, Ct))["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.StartsWith("dl_", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal(TokenUser(token), echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
        Assert.Matches(new Regex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"), echo["timestamp"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("null", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""", HttpStatusCode.BadRequest)]
    public async Task PostActivity_BadBody_Returns4xxWithErrorBody(string body, HttpStatusCode expected)
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("BadArgument", (await ReadJsonAsync(response, Ct))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_TextOverLimit_Returns400()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);

        using var response = await client.PostMessageAsync(conversationId, token, new string('a', 2001), "c1", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_BodyOverLimit_Returns413()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        var huge = new JsonObject { ["type"] = "message", ["value"] = new string('x', 40_000) }.ToJsonString();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, huge, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_Watermark_ReturnsOnlyLaterActivitiesAndStringWatermark()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot { Throw = false });
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"typing"}""", Ct)).Dispose();
        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"typing"}""", Ct)).Dispose();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=1", token, null, Ct);

        var body = await ReadJsonAsync(response, Ct);
        Assert.Equal("2", body["watermark"]!.GetValue<string>());
        Assert.Equal($"{conversationId}|0000002", Assert.Single(body["activities"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsStreamUrlCarryingIt()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=7", token, null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response, Ct);
        Assert.Contains("/stream?watermark=7&t=", body["streamUrl"]!.GetValue<string>());
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_IdleConversationExpired_Returns404()
    {
        var clock = new FakeTimeProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot(), clock).WithSetting("DirectLine:ConversationIdleTimeout", "00:10:00");
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(11));

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token, null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsNewTokenForSameConversationThatWorksAfterOldExpires()
    {
        var clock = new FakeTimeProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot(), clock);
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        using var join = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, JoinEventJson(), Ct);
        clock.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null, Ct);
        var body = await ReadJsonAsync(refresh, Ct);
        var newToken = body["token"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromMinutes(20));
        using var withOld = await client.PostMessageAsync(conversationId, token, "hi", "c1", Ct);
        using var withNew = await client.PostMessageAsync(conversationId, newToken, "hi", "c2", Ct);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Returns403()
    {
        var clock = new FakeTimeProvider();
        await using var app = DirectLineTestApp.Create(new EchoTestBot(), clock);
        var client = app.Client();
        var (_, token, _) = await client.StartAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(30));

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task StartConversation_StoreFull_StartsByEvictingTheOldest()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot())
            .WithSetting("DirectLine:MaxConversations", "1")
            .WithSetting("DirectLine:MaxConversationsPerClient", "1");
        var client = app.Client();
        var (first, firstToken, _) = await client.StartAsync(Ct);
        var second = await client.TokenAsync(Ct);

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", second, null, Ct);
        using var old = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{first}/activities", firstToken, null, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task Upload_Any_Returns400()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=x", token, "{}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Reads a claim the way Web Chat does (jwt-decode: no signature check).</summary>
    internal static string TokenClaim(string token, string claim) =>
        JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]))![claim]!.GetValue<string>();

    private static string TokenConversation(string token) => TokenClaim(token, "conv");

    private static string TokenUser(string token) => TokenClaim(token, "user");
}
