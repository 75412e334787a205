using System.Diagnostics;

namespace MbcBot.Insights;

/// <summary>The tracing source of the insights store: one span per batch the writer commits.</summary>
public static class InsightsTelemetry
{
    public const string SourceName = "MbcBot.Insights";

    public static ActivitySource Source { get; } = new(SourceName);
}
