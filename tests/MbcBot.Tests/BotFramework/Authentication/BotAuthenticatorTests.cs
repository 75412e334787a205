using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Bot.Protocol;
using MbcBot.BotFramework;
using MbcBot.Tests.BotFramework.Fakes;
using MbcBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MbcBot.Tests.BotFramework.Authentication;

/// <summary>
/// Token rules of brief §4, one test per defect, through the real pipeline: POST /api/messages → the JwtBearer scheme
/// the issuer picks → the endorsement and serviceurl checks on the read activity, against the local fake issuer.
/// </summary>
public sealed class BotAuthenticatorTests
{
    private const string AppId = BotFrameworkTestHost.AppId;
    private const string TeamsUrl = "https://smba.trafficmanager.net/amer/";
    private const string EmulatorUrl = "http://localhost:5000";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly RecordingBot _bot = new();
    private readonly CapturingLoggerProvider _logs = new();

    private BotFrameworkTestHost CreateHost(bool credentials = true) =>
        (credentials ? new BotFrameworkTestHost().WithCredentials() : new BotFrameworkTestHost())
            .WithBot(_bot)
            .WithServices(services => services.AddSingleton<TimeProvider>(_time))
            .WithServices(_logs.AddTo);

    private static JsonObject Teams() => ActivityJson.TeamsMessage(TeamsUrl, "hi", AppId);

    private static JsonObject Emulator() => ActivityJson.EmulatorMessage(EmulatorUrl, "conversation-1", "e|1", "hi");

    private static async Task<HttpStatusCode> PostAsync(BotFrameworkTestHost host, string token, JsonObject? activity = null) =>
        (await host.PostAsync(activity ?? Teams(), token)).StatusCode;

    /// <summary>The reason logged for the one 401 (never echoed to the caller).</summary>
    private string UnauthorizedReason() =>
        Assert.Single(_logs.Entries, e => e.Text.Contains("Unauthorized request", StringComparison.Ordinal)).Text;

    [Fact]
    public async Task Authenticate_ValidChannelToken_SucceedsWithAzureCallerId()
    {
        await using var host = CreateHost();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, host.Issuer.ChannelToken(AppId, TeamsUrl)));
        Assert.Equal("urn:botframework:azure", Assert.Single(_bot.Turns).CallerId);
    }

    [Theory]
    [InlineData(4, HttpStatusCode.OK)]
    [InlineData(6, HttpStatusCode.Unauthorized)]
    public async Task Authenticate_ExpiredToken_AllowsFiveMinutesOfSkew(int minutesPastExpiry, HttpStatusCode expected)
    {
        await using var host = CreateHost();
        var token = host.Issuer.ChannelToken(AppId, TeamsUrl, expiresIn: TimeSpan.FromMinutes(10));
        _time.Advance(TimeSpan.FromMinutes(10 + minutesPastExpiry));

        Assert.Equal(expected, await PostAsync(host, token));
    }

    [Fact]
    public async Task Authenticate_ChannelKeyRolled_AcceptsTheNewKeyAfterOneRefresh()
    {
        await using var host = CreateHost();
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, host.Issuer.ChannelToken(AppId, TeamsUrl)));
        host.Issuer.ChannelKeyRolled = true;

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, host.Issuer.RolledChannelToken(AppId, TeamsUrl)));
    }

    [Fact]
    public async Task Authenticate_UnknownKeyIds_RefetchTheKeysAtMostOncePerInterval()
    {
        await using var host = CreateHost();
        await PostAsync(host, host.Issuer.ChannelToken(AppId, TeamsUrl));
        var primed = host.Issuer.ChannelKeyFetches;
        var forged = host.Issuer.SignWithChannelKey(host.Issuer.Claims(FakeIssuer.ChannelIssuer, AppId, null, ("serviceurl", TeamsUrl)), kid: "unknown");

        var statuses = new[] { await PostAsync(host, forged), await PostAsync(host, forged), await PostAsync(host, forged) };

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(primed + 1, host.Issuer.ChannelKeyFetches);
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsedForTheChannel_Fails()
    {
        await using var host = CreateHost();
        host.Issuer.Endorsements.Remove(Channels.MsTeams);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.ChannelToken(AppId, TeamsUrl)));
        Assert.Contains("endorsed", UnauthorizedReason(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("https://smba.trafficmanager.net/amer", HttpStatusCode.Unauthorized)]
    [InlineData("https://attacker.example/amer/", HttpStatusCode.Unauthorized)]
    [InlineData("HTTPS://SMBA.trafficmanager.net/amer/", HttpStatusCode.OK)]
    public async Task Authenticate_ServiceUrlClaim_MustEqualTheActivitysIgnoringCase(string? claim, HttpStatusCode expected)
    {
        await using var host = CreateHost();

        Assert.Equal(expected, await PostAsync(host, host.Issuer.ChannelToken(AppId, claim)));
    }

    [Fact]
    public async Task Authenticate_ChannelTokenForAnotherBot_Fails()
    {
        await using var host = CreateHost();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.ChannelToken("00000000-0000-0000-0000-000000000009", TeamsUrl)));
    }

    [Fact]
    public async Task Authenticate_ChannelIssuerSignedWithTheEmulatorKey_Fails()
    {
        await using var host = CreateHost();
        var claims = host.Issuer.Claims(FakeIssuer.ChannelIssuer, AppId, null, ("serviceurl", TeamsUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.SignWithEmulatorKey(claims)));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Authenticate_EmulatorToken_Succeeds(string version)
    {
        await using var host = CreateHost();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, host.Issuer.EmulatorToken(AppId, version), Emulator()));
        Assert.Equal("urn:botframework:azure", Assert.Single(_bot.Turns).CallerId);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenFromTheConfiguredTenant_Succeeds()
    {
        await using var host = CreateHost();
        var token = host.Issuer.EmulatorToken(AppId, issuer: $"https://sts.windows.net/{BotFrameworkTestHost.TenantId}/");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, token, Emulator()));
    }

    [Fact]
    public async Task Authenticate_ReplayedOutboundToken_FailsOnAudience()
    {
        // The bot's own Connector token (aud api.botframework.com, appid = app id) passes the SDK's Emulator path.
        await using var host = CreateHost();
        var token = host.Issuer.EmulatorToken(AppId, audience: "https://api.botframework.com");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, token, Emulator()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("3.0")]
    public async Task Authenticate_EmulatorTokenWithBadVersion_Fails(string? version)
    {
        await using var host = CreateHost();
        var claims = host.Issuer.Claims(FakeIssuer.EmulatorIssuerV1, AppId, null, ("ver", version), ("appid", AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.SignWithEmulatorKey(claims), Emulator()));
        Assert.Contains("ver", UnauthorizedReason(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenIssuedToAnotherApp_Fails()
    {
        await using var host = CreateHost();
        var claims = host.Issuer.Claims(FakeIssuer.EmulatorIssuerV2, AppId, null, ("ver", "2.0"), ("azp", "00000000-0000-0000-0000-000000000009"));

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.SignWithEmulatorKey(claims), Emulator()));
    }

    [Fact]
    public async Task Authenticate_SkillToken_IsRefused()
    {
        await using var host = CreateHost();
        var claims = host.Issuer.Claims(FakeIssuer.EmulatorIssuerV1, AppId, null, ("ver", "1.0"), ("appid", "other-bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.SignWithEmulatorKey(claims), Emulator()));
        Assert.Contains("skill", UnauthorizedReason(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Authenticate_EmulatorIssuerSignedWithTheChannelKey_Fails()
    {
        await using var host = CreateHost();
        var claims = host.Issuer.Claims(FakeIssuer.EmulatorIssuerV1, AppId, null, ("ver", "1.0"), ("appid", AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.SignWithChannelKey(claims), Emulator()));
    }

    [Fact]
    public async Task Authenticate_EmulatorTokensTurnedOff_Fails()
    {
        await using var host = CreateHost().WithSetting("BotFramework:AcceptEmulatorTokens", "false");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.EmulatorToken(AppId), Emulator()));
        Assert.Contains("AcceptEmulatorTokens", UnauthorizedReason(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false, HttpStatusCode.OK)]
    [InlineData("Bearer not.a.jwt", false, HttpStatusCode.Unauthorized)]
    [InlineData(null, true, HttpStatusCode.Unauthorized)]
    [InlineData("Basic dXNlcjpwYXNz", true, HttpStatusCode.Unauthorized)]
    [InlineData("Bearer", true, HttpStatusCode.Unauthorized)]
    public async Task Authenticate_HeaderShapes(string? header, bool credentials, HttpStatusCode expected)
    {
        await using var host = CreateHost(credentials);
        using var request = new HttpRequestMessage(HttpMethod.Post, BotFrameworkExtensions.Route)
        {
            Content = new StringContent(JsonSerializer.Serialize(Emulator()), Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.All(_bot.Turns, turn => Assert.Null(turn.CallerId));
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_FailsClosed()
    {
        await using var host = CreateHost().WithSetting("BotFramework:ChannelOpenIdMetadataUrl", "https://issuer.test/missing");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, host.Issuer.ChannelToken(AppId, TeamsUrl)));
        Assert.Empty(_bot.Turns);
    }
}
