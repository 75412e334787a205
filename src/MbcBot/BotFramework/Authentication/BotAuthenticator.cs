using MbcBot.Bot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// Checks the caller of /api/messages as the SDK's JwtTokenValidation does (brief §4.1), validating tokens by hand
/// because the channel checks need the body's channelId and serviceUrl:
/// <list type="number">
/// <item>no header: accepted anonymously when no app id is configured (Emulator mode), else refused;</item>
/// <item>a header is always validated; with no app id no token can name this bot as audience, so it is refused;</item>
/// <item>the unvalidated token only picks the validator: skill token (refused: no allowed-callers list), Emulator
/// token (issuer in <see cref="EmulatorIssuers"/>), else channel token;</item>
/// <item>channel token (§4.2): iss = api.botframework.com, RS256/384/512 signature by a key from the channel metadata
/// whose kid is endorsed for activity.channelId, aud = app id, 5-minute skew, and a <c>serviceurl</c> claim equal
/// (case-insensitive) to activity.serviceUrl;</item>
/// <item>Emulator token (§4.3): AAD issuer, signature by the common keys, 5-minute skew, aud = app id or
/// api://app id (hardening beyond the SDK, which skips aud and so accepts a replayed outbound token), and
/// <c>ver</c> 1.0 → <c>appid</c> / 2.0 → <c>azp</c> equal to the app id.</item>
/// </list>
/// Lifetimes are checked against the injected <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
internal sealed class BotAuthenticator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _time;
    private readonly IReadOnlySet<string> _emulatorIssuers;
    private readonly ReloadableMetadata<OpenIdConnectConfiguration> _channelKeys;
    private readonly ReloadableMetadata<KeyEndorsements> _endorsements;
    private readonly ReloadableMetadata<OpenIdConnectConfiguration> _emulatorKeys;
    private readonly JsonWebTokenHandler _handler = new();

    public BotAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _options = options.Value;
        _time = timeProvider;
        _emulatorIssuers = EmulatorIssuers.For(_options);
        var documents = new FactoryDocumentRetriever(httpClientFactory);
        _channelKeys = new(() => new(_options.ChannelOpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), documents), timeProvider);
        _endorsements = new(() => new(_options.ChannelOpenIdMetadataUrl, new EndorsementsRetriever(), documents), timeProvider);
        _emulatorKeys = new(() => new(_options.EmulatorOpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), documents), timeProvider);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return _options.IsAuthenticationEnabled ? AuthenticationOutcome.Fail("No Authorization header.") : AuthenticationOutcome.Anonymous;
        }

        var parts = authorization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Fail("The Authorization header is not 'Bearer <token>'.");
        }

        if (!_options.IsAuthenticationEnabled)
        {
            return AuthenticationOutcome.Fail("A token was sent but no MicrosoftAppId is configured, so no token can be valid.");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Fail("The token is not a JWT.");
        }

        try
        {
            if (IsSkillToken(unvalidated))
            {
                return AuthenticationOutcome.Fail($"Skill tokens are not accepted (no allowed callers); iss '{unvalidated.Issuer}'.");
            }

            if (_emulatorIssuers.Contains(unvalidated.Issuer))
            {
                return _options.AcceptEmulatorTokens
                    ? await ValidateEmulatorTokenAsync(parts[1], cancellationToken)
                    : AuthenticationOutcome.Fail("Emulator tokens are turned off (BotFramework:AcceptEmulatorTokens).");
            }

            return await ValidateChannelTokenAsync(parts[1], unvalidated, activity, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or HttpRequestException or TaskCanceledException
                                              && !cancellationToken.IsCancellationRequested)
        {
            // Metadata unreachable: fail closed (401), never 500.
            return AuthenticationOutcome.Fail($"Signing keys unavailable: {exception.GetType().Name}.");
        }
    }

    private async Task<AuthenticationOutcome> ValidateChannelTokenAsync(
        string token, JsonWebToken unvalidated, Activity activity, CancellationToken cancellationToken)
    {
        var result = await ValidateWithRefreshAsync(token, _channelKeys, keys => Parameters(keys, [_options.ChannelIssuer], [_options.MicrosoftAppId!]), cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail($"Channel token invalid ({result.Exception?.GetType().Name}); iss '{unvalidated.Issuer}'.");
        }

        // A key the endorsements have not heard of is a rolled key the signing-key cache has just learnt: re-read them.
        var endorsements = await _endorsements.GetAsync(cancellationToken);
        if (!endorsements.Knows(unvalidated.Kid) && await _endorsements.TryReloadAsync(cancellationToken))
        {
            endorsements = await _endorsements.GetAsync(cancellationToken);
        }

        if (!endorsements.Allows(unvalidated.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Fail($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        if (!unvalidated.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationOutcome.Fail("Missing serviceurl claim.");
        }

        return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Channel(serviceUrl)
            : AuthenticationOutcome.Fail("serviceurl claim mismatch.");
    }

    private async Task<AuthenticationOutcome> ValidateEmulatorTokenAsync(string token, CancellationToken cancellationToken)
    {
        var appId = _options.MicrosoftAppId!;
        var result = await ValidateWithRefreshAsync(token, _emulatorKeys, keys => Parameters(keys, _emulatorIssuers, [appId, "api://" + appId]), cancellationToken);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return AuthenticationOutcome.Fail($"Emulator token invalid ({result.Exception?.GetType().Name}).");
        }

        var caller = CallerAppId(validated, out var versionError);
        if (caller is null)
        {
            return AuthenticationOutcome.Fail(versionError);
        }

        return string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Emulator
            : AuthenticationOutcome.Fail("The Emulator token was issued to another app.");
    }

    /// <summary>ver 1.0 (or empty) → appid; ver 2.0 → azp; missing or other versions are refused.</summary>
    private static string? CallerAppId(JsonWebToken token, out string error)
    {
        error = string.Empty;
        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            error = "The token has no 'ver' claim.";
            return null;
        }

        var claim = version switch { "1.0" or "" => "appid", "2.0" => "azp", _ => null };
        if (claim is null)
        {
            error = $"Unsupported token version '{version}'.";
            return null;
        }

        if (!token.TryGetPayloadValue<string>(claim, out var appId) || string.IsNullOrEmpty(appId))
        {
            error = $"The token has no '{claim}' claim.";
            return null;
        }

        return appId;
    }

    /// <summary>SkillValidation.IsSkillClaim: has ver, aud is not the channel service, and the caller app id is not the audience.</summary>
    private bool IsSkillToken(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<string>("ver", out _))
        {
            return false;
        }

        var audience = token.Audiences.FirstOrDefault();
        if (string.IsNullOrEmpty(audience) || string.Equals(audience, _options.ChannelIssuer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var caller = CallerAppId(token, out _);
        return caller is not null
            && !string.Equals(caller, audience, StringComparison.OrdinalIgnoreCase)
            && !string.Equals("api://" + caller, audience, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>On an unknown key id, fetches the keys again (rate-limited, <see cref="ReloadableMetadata{T}"/>) and retries once.</summary>
    private async Task<TokenValidationResult> ValidateWithRefreshAsync(
        string token,
        ReloadableMetadata<OpenIdConnectConfiguration> keys,
        Func<OpenIdConnectConfiguration, TokenValidationParameters> parameters,
        CancellationToken cancellationToken)
    {
        var result = await _handler.ValidateTokenAsync(token, parameters(await keys.GetAsync(cancellationToken)));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && await keys.TryReloadAsync(cancellationToken))
        {
            result = await _handler.ValidateTokenAsync(token, parameters(await keys.GetAsync(cancellationToken)));
        }

        return result;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IEnumerable<string> issuers, IEnumerable<string> audiences) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudiences = audiences,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        // Only the key the token names: a kid binds the signature to the key whose endorsements are checked.
        IssuerSigningKeyResolver = (_, _, kid, _) => configuration.SigningKeys.Where(key => string.Equals(key.KeyId, kid, StringComparison.Ordinal)),
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = ValidateLifetime,
        ClockSkew = ClockSkew,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + ClockSkew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - ClockSkew);
    }
}
