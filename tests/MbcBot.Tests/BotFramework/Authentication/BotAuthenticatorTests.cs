using Microsoft.Extensions.Time.Testing;
using MbcBot.Bot.Protocol;
using MbcBot.BotFramework;
using MbcBot.BotFramework.Authentication;
using MbcBot.Tests.BotFramework.Fakes;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.BotFramework.Authentication;

/// <summary>Token rules of brief §4, one test per defect, against the local fake issuer.</summary>
public sealed class BotAuthenticatorTests : IDisposable
{
    private const string AppId = BotFrameworkTestHost.AppId;
    private const string TeamsUrl = "https://smba.trafficmanager.net/amer/";

    private readonly FakeIssuer _issuer = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    private BotAuthenticator CreateSut(string? appId = AppId, bool acceptEmulator = true) => new(
        Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = BotFrameworkTestHost.TenantId,
            MicrosoftAppType = BotAppTypes.SingleTenant,
            ChannelOpenIdMetadataUrl = FakeIssuer.ChannelMetadataUrl,
            EmulatorOpenIdMetadataUrl = FakeIssuer.EmulatorMetadataUrl,
            AcceptEmulatorTokens = acceptEmulator,
        }),
        new HandlerHttpClientFactory(_issuer),
        _time);

    private static Activity Teams(string? serviceUrl = TeamsUrl, string channelId = Channels.MsTeams) =>
        new() { Type = ActivityTypes.Message, ChannelId = channelId, ServiceUrl = serviceUrl };

    private Task<AuthenticationOutcome> AuthenticateAsync(string token, Activity? activity = null, BotAuthenticator? sut = null) =>
        (sut ?? CreateSut()).AuthenticateAsync("Bearer " + token, activity ?? Teams(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Authenticate_ValidChannelToken_SucceedsWithAzureCallerId()
    {
        var outcome = await AuthenticateAsync(_issuer.ChannelToken(AppId, TeamsUrl));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal("urn:botframework:azure", outcome.CallerId);
        Assert.Equal(TeamsUrl, outcome.VouchedServiceUrl);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task Authenticate_ExpiredToken_AllowsFiveMinutesOfSkew(int minutesPastExpiry, bool succeeds)
    {
        var token = _issuer.ChannelToken(AppId, TeamsUrl, expiresIn: TimeSpan.FromMinutes(10));
        _time.Advance(TimeSpan.FromMinutes(10 + minutesPastExpiry));

        var outcome = await AuthenticateAsync(token);

        Assert.Equal(succeeds, outcome.Succeeded);
    }

    [Fact]
    public async Task Authenticate_ChannelKeyRolled_AcceptsTheNewKeyAfterOneRefresh()
    {
        var sut = CreateSut();
        Assert.True((await AuthenticateAsync(_issuer.ChannelToken(AppId, TeamsUrl), sut: sut)).Succeeded);
        _issuer.ChannelKeyRolled = true;

        var outcome = await AuthenticateAsync(_issuer.RolledChannelToken(AppId, TeamsUrl), sut: sut);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_UnknownKeyIds_RefetchTheKeysAtMostOncePerInterval()
    {
        var sut = CreateSut();
        await AuthenticateAsync(_issuer.ChannelToken(AppId, TeamsUrl), sut: sut);
        var primed = _issuer.ChannelKeyFetches;
        var forged = _issuer.SignWithChannelKey(_issuer.Claims(FakeIssuer.ChannelIssuer, AppId, null, ("serviceurl", TeamsUrl)), kid: "unknown");

        await AuthenticateAsync(forged, sut: sut);
        await AuthenticateAsync(forged, sut: sut);
        var withinInterval = _issuer.ChannelKeyFetches;
        _time.Advance(TimeSpan.FromMinutes(5));
        await AuthenticateAsync(forged, sut: sut);

        Assert.Equal(primed + 1, withinInterval);
        Assert.Equal(primed + 2, _issuer.ChannelKeyFetches);
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsedForTheChannel_Fails()
    {
        _issuer.Endorsements.Remove(Channels.MsTeams);

        var outcome = await AuthenticateAsync(_issuer.ChannelToken(AppId, TeamsUrl));

        Assert.False(outcome.Succeeded);
        Assert.Contains("endorsed", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("https://smba.trafficmanager.net/amer", false)]
    [InlineData("https://attacker.example/amer/", false)]
    [InlineData("HTTPS://SMBA.trafficmanager.net/amer/", true)]
    public async Task Authenticate_ServiceUrlClaim_MustEqualTheActivitysIgnoringCase(string? claim, bool succeeds)
    {
        var outcome = await AuthenticateAsync(_issuer.ChannelToken(AppId, claim));

        Assert.Equal(succeeds, outcome.Succeeded);
    }

    [Fact]
    public async Task Authenticate_ChannelTokenForAnotherBot_Fails()
    {
        var outcome = await AuthenticateAsync(_issuer.ChannelToken("00000000-0000-0000-0000-000000000009", TeamsUrl));

        Assert.False(outcome.Succeeded);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Authenticate_EmulatorToken_Succeeds(string version)
    {
        var outcome = await AuthenticateAsync(_issuer.EmulatorToken(AppId, version), Teams("http://localhost:5000", Channels.Emulator));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal("urn:botframework:azure", outcome.CallerId);
        Assert.Null(outcome.VouchedServiceUrl);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenFromTheConfiguredTenant_Succeeds()
    {
        var token = _issuer.EmulatorToken(AppId, issuer: $"https://sts.windows.net/{BotFrameworkTestHost.TenantId}/");

        Assert.True((await AuthenticateAsync(token)).Succeeded);
    }

    [Fact]
    public async Task Authenticate_ReplayedOutboundToken_FailsOnAudience()
    {
        // The bot's own Connector token (aud api.botframework.com, appid = app id) passes the SDK's Emulator path.
        var token = _issuer.EmulatorToken(AppId, audience: "https://api.botframework.com");

        Assert.False((await AuthenticateAsync(token)).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("3.0")]
    public async Task Authenticate_EmulatorTokenWithBadVersion_Fails(string? version)
    {
        var claims = _issuer.Claims(FakeIssuer.EmulatorIssuerV1, AppId, null, ("ver", version), ("appid", AppId));
        var token = _issuer.SignWithEmulatorKey(claims);

        var outcome = await AuthenticateAsync(token);

        Assert.False(outcome.Succeeded);
        Assert.Contains("ver", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenIssuedToAnotherApp_Fails()
    {
        var claims = _issuer.Claims(FakeIssuer.EmulatorIssuerV2, AppId, null, ("ver", "2.0"), ("azp", "00000000-0000-0000-0000-000000000009"));

        var outcome = await AuthenticateAsync(_issuer.SignWithEmulatorKey(claims));

        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task Authenticate_SkillToken_IsRefused()
    {
        var claims = _issuer.Claims(FakeIssuer.EmulatorIssuerV1, AppId, null, ("ver", "1.0"), ("appid", "other-bot"));
        var token = _issuer.SignWithChannelKey(claims);

        var outcome = await AuthenticateAsync(token);

        Assert.False(outcome.Succeeded);
        Assert.Contains("Skill", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokensTurnedOff_Fails()
    {
        var outcome = await AuthenticateAsync(_issuer.EmulatorToken(AppId), sut: CreateSut(acceptEmulator: false));

        Assert.False(outcome.Succeeded);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, AppId, false)]
    [InlineData("Basic dXNlcjpwYXNz", AppId, false)]
    [InlineData("Bearer", AppId, false)]
    public async Task Authenticate_HeaderShapes(string? header, string? appId, bool succeeds)
    {
        var outcome = await CreateSut(appId).AuthenticateAsync(header, Teams(), TestContext.Current.CancellationToken);

        Assert.Equal(succeeds, outcome.Succeeded);
        Assert.Null(outcome.CallerId);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_FailsClosed()
    {
        var sut = new BotAuthenticator(
            Options.Create(new BotFrameworkOptions { MicrosoftAppId = AppId, ChannelOpenIdMetadataUrl = "https://issuer.test/missing" }),
            new HandlerHttpClientFactory(_issuer),
            _time);

        var outcome = await AuthenticateAsync(_issuer.ChannelToken(AppId, TeamsUrl), sut: sut);

        Assert.False(outcome.Succeeded);
    }

    public void Dispose() => _issuer.Dispose();
}
