using MbcBot.Bot.Protocol;
using MbcBot.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// Checks the caller of /api/messages once its activity is read, as the SDK's JwtTokenValidation does (brief §4.1):
/// <list type="number">
/// <item>no header: accepted anonymously when no app id is configured (Emulator mode), else refused;</item>
/// <item>a header is always checked; with no app id no token can name this bot as audience, so it is refused;</item>
/// <item>the token is validated by the JwtBearer schemes of <see cref="BotFrameworkAuthentication"/> (signature,
/// issuer, audience, lifetime; the Emulator's caller app id), picked by its issuer;</item>
/// <item>a channel token's principal must then match the activity (§4.2): its signing key endorsed for
/// activity.channelId, and a <c>serviceurl</c> claim equal (case-insensitive) to activity.serviceUrl.</item>
/// </list>
/// The endorsements (a non-standard JWK member JwtBearer does not read) are cached beside JwtBearer's keys and read
/// again, at most once per 5 minutes on the injected clock, when the key that signed a token is not listed. Thread-safe.
/// </summary>
internal sealed class BotAuthenticator
{
    private readonly BotFrameworkOptions _options;
    private readonly ReloadableMetadata<KeyEndorsements> _endorsements;

    public BotAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _options = options.Value;
        var documents = new FactoryDocumentRetriever(httpClientFactory);
        _endorsements = new(() => new(_options.ChannelOpenIdMetadataUrl, new EndorsementsRetriever(), documents), timeProvider);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(HttpContext context, Activity activity)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return _options.IsAuthenticationEnabled ? AuthenticationOutcome.Fail("No Authorization header.") : AuthenticationOutcome.Anonymous;
        }

        if (!_options.IsAuthenticationEnabled)
        {
            return AuthenticationOutcome.Fail("A token was sent but no MicrosoftAppId is configured, so no token can be valid.");
        }

        var token = BearerToken.From(authorization);
        if (token is null)
        {
            return AuthenticationOutcome.Fail("The Authorization header is not 'Bearer <token>'.");
        }

        var result = await context.AuthenticateAsync(BotFrameworkAuthentication.Scheme);
        if (!result.Succeeded)
        {
            return AuthenticationOutcome.Fail(FailureReason(result, token));
        }

        return string.Equals(result.Ticket.AuthenticationScheme, BotFrameworkAuthentication.EmulatorScheme, StringComparison.Ordinal)
            ? AuthenticationOutcome.Emulator
            : await CheckChannelTokenAsync(result.Ticket, activity, context.RequestAborted);
    }

    private async Task<AuthenticationOutcome> CheckChannelTokenAsync(AuthenticationTicket ticket, Activity activity, CancellationToken cancellationToken)
    {
        ticket.Properties.Items.TryGetValue(BotFrameworkAuthentication.SigningKeyIdItem, out var keyId);
        try
        {
            // A key the endorsements have not heard of is a rolled key JwtBearer's key cache has just learnt: re-read them.
            var endorsements = await _endorsements.GetAsync(cancellationToken);
            if (!endorsements.Knows(keyId) && await _endorsements.TryReloadAsync(cancellationToken))
            {
                endorsements = await _endorsements.GetAsync(cancellationToken);
            }

            if (!endorsements.Allows(keyId, activity.ChannelId))
            {
                return AuthenticationOutcome.Fail($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or HttpRequestException or TaskCanceledException
                                              && !cancellationToken.IsCancellationRequested)
        {
            // Endorsements unreachable: fail closed (401), never 500.
            return AuthenticationOutcome.Fail($"Signing key endorsements unavailable: {exception.GetType().Name}.");
        }

        var serviceUrl = ticket.Principal.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationOutcome.Fail("Missing serviceurl claim.");
        }

        return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Channel(serviceUrl)
            : AuthenticationOutcome.Fail("serviceurl claim mismatch.");
    }

    /// <summary>For the log only: the exception type of a validation failure, or the reason an event gave, and the issuer.</summary>
    private static string FailureReason(AuthenticateResult result, string token)
    {
        var failure = result.Failure switch
        {
            null => "no token",
            Microsoft.IdentityModel.Tokens.SecurityTokenException exception => exception.GetType().Name,
            var exception when exception.InnerException is null => exception.Message,
            var exception => exception.GetType().Name,
        };
        return $"Token invalid ({failure}); iss '{BotFrameworkAuthentication.UnvalidatedIssuer(token)}'.";
    }
}
