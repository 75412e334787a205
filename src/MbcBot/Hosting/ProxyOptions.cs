namespace MbcBot.Hosting;

/// <summary>
/// The "Proxy" section: which reverse proxies may tell the bot the visitor's address, scheme and host
/// (<c>X-Forwarded-For</c>, <c>-Proto</c>, <c>-Host</c>), and the public URL the bot is reached at. Loopback
/// (127.0.0.1, ::1) is always trusted, so nginx on the same machine works with no settings; a request from any other
/// address has its forwarded headers ignored. See docs/operations.md.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>Addresses of trusted proxies besides loopback, e.g. <c>10.0.0.5</c>. Default none.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/24</c>. Default none.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are read, from the nearest. Default 1 (one proxy in front).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10, ErrorMessage = "must be between 1 and 10.")]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>
    /// The public base URL (e.g. <c>https://mbcbot.example.org</c>). When set it wins over every request header: the
    /// WebSocket stream URL and the page's Content-Security-Policy are built from it. Empty (the default): from the
    /// request, whose scheme and host come from a trusted proxy or the connection, and whose Host must be well formed.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
