using MbcBot.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// The inbound token schemes of /api/messages, on ASP.NET Core's JwtBearer (brief §4.2, §4.3):
/// <list type="bullet">
/// <item><see cref="ChannelScheme"/>: iss <c>https://api.botframework.com</c>, keys from the Bot Framework metadata;</item>
/// <item><see cref="EmulatorScheme"/>: the Azure AD v1/v2 issuers of <see cref="EmulatorIssuers"/>, keys from the AAD
/// metadata, then <c>ver</c> 1.0 → <c>appid</c> / 2.0 → <c>azp</c> equal to the app id (a skill or another app's
/// token is refused: no allowed-callers list);</item>
/// <item><see cref="Scheme"/>: a policy scheme that forwards to one of them by the token's unvalidated <c>iss</c>.</item>
/// </list>
/// Both: audience = the app id (the Emulator also <c>api://</c>app id, hardening beyond the SDK), RS256/384/512 only,
/// only the key the token's <c>kid</c> names (so the endorsements checked later are that key's), 5-minute skew on the
/// injected <see cref="TimeProvider"/>, claims under their short names. JwtBearer's <c>ConfigurationManager</c> caches
/// the metadata and keys, refreshes them every 12 h, and on an unknown <c>kid</c> at most once per 5 minutes
/// (<c>RefreshOnIssuerKeyNotFound</c>, <c>RefreshInterval</c>). The checks that need the activity (endorsement for
/// its channelId, <c>serviceurl</c>) are <see cref="BotAuthenticator"/>'s, after the body is read.
/// </summary>
internal static class BotFrameworkAuthentication
{
    public const string Scheme = "BotFramework";
    public const string ChannelScheme = "BotFramework.Channel";
    public const string EmulatorScheme = "BotFramework.Emulator";

    /// <summary>The <see cref="AuthenticationProperties"/> item holding the id of the key that signed a channel token.</summary>
    public const string SigningKeyIdItem = "BotFramework.SigningKeyId";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Unknown key ids refresh the signing keys at most this often, so forged kids cannot make the bot hammer the issuer.</summary>
    public static readonly TimeSpan KeyRefreshInterval = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>IdentityModel 8's switch for refreshing metadata within the request that asked for it.</summary>
    private const string UpdateConfigAsBlockingSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services)
    {
        // Without it, the refresh an unknown kid requests runs in the background and the token that names a rolled key
        // gets 401; with it, that same request waits for the new keys and is validated once more against them.
        // IdentityModel reads it once per process, so MbcBot.csproj sets it in the runtime configuration (before any
        // code runs); this call covers a process built without that file.
        AppContext.SetSwitch(UpdateConfigAsBlockingSwitch, true);
        services.AddAuthentication()
            .AddPolicyScheme(Scheme, "Bot Framework", _ => { })
            .AddJwtBearer(ChannelScheme, _ => { })
            .AddJwtBearer(EmulatorScheme, _ => { });

        services.AddOptions<PolicySchemeOptions>(Scheme).Configure<IOptions<BotFrameworkOptions>>((policy, settings) =>
        {
            var emulatorIssuers = EmulatorIssuers.For(settings.Value);
            policy.ForwardDefaultSelector = context =>
                UnvalidatedIssuer(BearerToken.From(context.Request)) is { } issuer && emulatorIssuers.Contains(issuer) ? EmulatorScheme : ChannelScheme;
        });
        services.AddOptions<JwtBearerOptions>(ChannelScheme).Configure<IOptions<BotFrameworkOptions>, IHttpClientFactory, TimeProvider>((jwt, settings, http, time) =>
        {
            var options = settings.Value;
            Configure(jwt, options.ChannelOpenIdMetadataUrl, http, Parameters([options.ChannelIssuer], Audiences(options, api: false), time));
            jwt.Events.OnTokenValidated = context =>
            {
                context.Properties.Items[SigningKeyIdItem] = context.SecurityToken.SigningKey?.KeyId;
                return Task.CompletedTask;
            };
        });
        services.AddOptions<JwtBearerOptions>(EmulatorScheme).Configure<IOptions<BotFrameworkOptions>, IHttpClientFactory, TimeProvider>((jwt, settings, http, time) =>
        {
            var options = settings.Value;
            Configure(jwt, options.EmulatorOpenIdMetadataUrl, http, Parameters(EmulatorIssuers.For(options), Audiences(options, api: true), time));
            var readToken = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = context => options.AcceptEmulatorTokens
                ? readToken(context)
                : Fail(context, "Emulator tokens are turned off (BotFramework:AcceptEmulatorTokens).");
            jwt.Events.OnTokenValidated = context => CallerAppIdError(context.SecurityToken as JsonWebToken, options.MicrosoftAppId) is { } error
                ? Fail(context, error)
                : Task.CompletedTask;
        });
        return services;
    }

    /// <summary>The token's <c>iss</c>, read without validation (only to pick the scheme), or null when it is not a JWT.</summary>
    public static string? UnvalidatedIssuer(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Configure(JwtBearerOptions jwt, string metadataUrl, IHttpClientFactory http, TokenValidationParameters parameters)
    {
        jwt.MetadataAddress = metadataUrl;
        jwt.RequireHttpsMetadata = true;
        jwt.Backchannel = http.CreateClient(FactoryDocumentRetriever.HttpClientName);
        jwt.AutomaticRefreshInterval = TimeSpan.FromHours(12);
        jwt.RefreshInterval = KeyRefreshInterval;
        jwt.RefreshOnIssuerKeyNotFound = true;
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = parameters;
        jwt.Events = new JwtBearerEvents
        {
            // The one Bearer parser of every channel; no well-formed Bearer credential → no result (401 later).
            OnMessageReceived = context =>
            {
                if (BearerToken.From(context.Request) is { } token)
                {
                    context.Token = token;
                }
                else
                {
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
            // Any failure, an unreachable issuer included, is a failed result (401), never an exception (500).
            OnAuthenticationFailed = context =>
            {
                context.Fail(context.Exception);
                return Task.CompletedTask;
            },
        };
    }

    private static string[] Audiences(BotFrameworkOptions options, bool api) =>
        string.IsNullOrWhiteSpace(options.MicrosoftAppId) ? []
        : api ? [options.MicrosoftAppId, "api://" + options.MicrosoftAppId]
        : [options.MicrosoftAppId];

    private static TokenValidationParameters Parameters(IEnumerable<string> issuers, IEnumerable<string> audiences, TimeProvider time) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudiences = audiences,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        // Only the key the token names: a kid binds the signature to the key whose endorsements are checked.
        TryAllIssuerSigningKeys = false,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(time.GetUtcNow().UtcDateTime, notBefore, expires),
        ClockSkew = ClockSkew,
    };

    private static bool IsWithinLifetime(DateTime now, DateTime? notBefore, DateTime? expires) =>
        expires is { } exp && now <= exp.ToUniversalTime() + ClockSkew
        && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - ClockSkew);

    /// <summary>ver 1.0 (or empty) → appid; ver 2.0 → azp; it must be the app id. Null when the token passes.</summary>
    private static string? CallerAppIdError(JsonWebToken? token, string? appId)
    {
        if (token is null || !token.TryGetPayloadValue<string>("ver", out var version))
        {
            return "The token has no 'ver' claim.";
        }

        var claim = version switch { "1.0" or "" => "appid", "2.0" => "azp", _ => null };
        if (claim is null)
        {
            return $"Unsupported token version '{version}'.";
        }

        if (!token.TryGetPayloadValue<string>(claim, out var caller) || string.IsNullOrEmpty(caller))
        {
            return $"The token has no '{claim}' claim.";
        }

        return string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The token was issued to another app (skill tokens are not accepted: no allowed callers).";
    }

    private static Task Fail<TOptions>(ResultContext<TOptions> context, string reason)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Fail(reason);
        return Task.CompletedTask;
    }
}
