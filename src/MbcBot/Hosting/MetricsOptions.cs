namespace MbcBot.Hosting;

/// <summary>The "Metrics" section: the Prometheus scrape endpoint at /metrics.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Serve /metrics at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Answer /metrics for any client, not only loopback ones (the visitor's address as the forwarded-headers
    /// middleware settled it). Default false: a scraper on the same machine, or through a proxy that adds nothing.
    /// </summary>
    public bool AllowRemote { get; set; }
}
