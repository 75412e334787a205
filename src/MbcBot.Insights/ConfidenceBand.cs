namespace MbcBot.Insights;

/// <summary>
/// Coarse confidence for reports: <c>high</c> when c ≥ 0.75, <c>medium</c> when 0.5 ≤ c &lt; 0.75, <c>low</c> below,
/// null without a confidence. Bands, not the raw number, so the report groups turns and the store holds nothing
/// finer than a curator needs. The confidence is the answer model's probability that the cited passage answers (models/answer.json).
/// </summary>
public static class ConfidenceBand
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public static string? Of(double? confidence) => confidence switch
    {
        null => null,
        >= 0.75 => High,
        >= 0.5 => Medium,
        _ => Low,
    };
}
