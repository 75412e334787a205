using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// Outbound tokens by OAuth client credentials through MSAL (brief §4.7): authority
/// <c>{LoginEndpoint}/{MicrosoftAppTenantId}</c> for SingleTenant and <c>{LoginEndpoint}/botframework.com</c> for
/// MultiTenant (asking botframework.com for a single-tenant app fails with AADSTS700016), scope
/// <c>https://api.botframework.com/.default</c>. One confidential client for the process: MSAL serves the token from
/// its cache and fetches a new one shortly before expiry. MSAL's HTTP goes through <see cref="IHttpClientFactory"/>.
/// </summary>
internal sealed class MsalChannelTokenProvider : IChannelTokenProvider
{
    public const string HttpClientName = "BotFramework.Login";

    private readonly BotFrameworkOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _client;

    public MsalChannelTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        _options = options.Value;
        if (_options.IsAuthenticationEnabled)
        {
            _client = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
                .Create(_options.MicrosoftAppId)
                .WithClientSecret(_options.MicrosoftAppPassword)
                .WithAuthority(Authority(_options), validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(new FactoryMsalHttpClientFactory(httpClientFactory))
                .Build());
        }
    }

    /// <summary>The token authority for the configured tenancy.</summary>
    public static string Authority(BotFrameworkOptions options)
    {
        var single = string.Equals(options.MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);
        var tenant = single ? options.MicrosoftAppTenantId : "botframework.com";
        return $"{options.LoginEndpoint.TrimEnd('/')}/{tenant}";
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return null;
        }

        try
        {
            var result = await _client.Value.AcquireTokenForClient([_options.OutboundScope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            throw new ChannelTokenException($"No outbound token from {Authority(_options)}: {exception.ErrorCode}.", exception);
        }
    }

    /// <summary>Lets MSAL use the named, swappable HttpClient (tests route it to a fake token endpoint).</summary>
    private sealed class FactoryMsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
