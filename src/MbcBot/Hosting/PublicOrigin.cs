using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>
/// Where the bot is publicly reached, for the URLs it hands out (the Direct Line stream URL):
/// <see cref="ProxyOptions.PublicBaseUrl"/> when configured; otherwise the request's scheme and host, which the
/// forwarded-headers middleware took from a trusted proxy or left as the connection's, and only if the Host is a
/// well-formed host[:port] — the Host header is never echoed unchecked.
/// </summary>
internal sealed partial class PublicOrigin(IOptions<ProxyOptions> options)
{
    private readonly Uri? _configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : new Uri(options.Value.PublicBaseUrl);

    /// <summary>
    /// The base URL without a trailing slash, e.g. <c>https://mbcbot.example.org</c> or <c>http://localhost:3978/bot</c>;
    /// null when not configured and the request's Host is malformed.
    /// </summary>
    public string? BaseUrl(HttpRequest request)
    {
        if (_configured is not null)
        {
            return _configured.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        return request.Host.HasValue && WellFormedHost().IsMatch(request.Host.Value)
            ? $"{request.Scheme}://{request.Host.Value}{request.PathBase}"
            : null;
    }

    /// <summary>The same with ws:// for http and wss:// for https: what a browser's WebSocket connects to.</summary>
    public string? WebSocketBaseUrl(HttpRequest request) => BaseUrl(request) switch
    {
        null => null,
        var url when url.StartsWith("https://", StringComparison.Ordinal) => "wss://" + url["https://".Length..],
        var url => "ws://" + url["http://".Length..],
    };

    /// <summary>A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing else reaches a header.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$")]
    private static partial Regex WellFormedHost();
}
