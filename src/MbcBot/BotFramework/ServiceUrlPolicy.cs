using System.Net;
using MbcBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace MbcBot.BotFramework;

/// <summary>
/// Decides whether replies may be POSTed to an activity's serviceUrl, so /api/messages can never be used to make the
/// bot call an arbitrary host: allowed when a validated channel token's <c>serviceurl</c> claim vouched for exactly
/// this URL, or — without such a token (Emulator mode, Emulator tokens) — when the host is loopback or listed in
/// <c>BotFramework:AllowedServiceUrlHosts</c>. Only absolute http(s) URLs without query, fragment or user info qualify:
/// the caller picks the port, but replies only ever go to <c>{serviceUrl}/v3/conversations/...</c> (see
/// <see cref="ConnectorClient.BuildUri"/>), never to a path or query of its choosing.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
{
    private readonly HashSet<string> _allowedHosts = new(options.Value.AllowedServiceUrlHosts, StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(string? serviceUrl, AuthenticationOutcome caller)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || serviceUrl.AsSpan().ContainsAny("?#") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (caller.VouchedServiceUrl is not null)
        {
            return string.Equals(caller.VouchedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase);
        }

        return IsLoopback(uri) || _allowedHosts.Contains(uri.IdnHost);
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
