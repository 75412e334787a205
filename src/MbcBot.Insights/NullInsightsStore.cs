namespace MbcBot.Insights;

/// <summary>Stores nothing: for hosts and tests that run the bot without insights.</summary>
public sealed class NullInsightsStore : IInsightsStore
{
    public static NullInsightsStore Instance { get; } = new();

    public void Initialize()
    {
    }

    public void RecordTurn(TurnRecord turn)
    {
    }

    public void RecordFeedback(FeedbackRecord feedback)
    {
    }

    public int PurgeTextBefore(DateTimeOffset cutoff) => 0;

    public InsightsSnapshot Read(DateTimeOffset since) => new([], []);
}
