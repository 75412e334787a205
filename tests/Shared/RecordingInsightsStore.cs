using System.Collections.Concurrent;
using MbcBot.Insights;

namespace MbcBot.Testing;

/// <summary>An in-memory insights store that keeps what it is given, or throws on every write when <see cref="Broken"/>.</summary>
internal sealed class RecordingInsightsStore : IInsightsStore
{
    public ConcurrentQueue<TurnRecord> Turns { get; } = new();
    public ConcurrentQueue<FeedbackRecord> Feedback { get; } = new();
    public bool Broken { get; init; }

    public void Initialize()
    {
    }

    public void RecordTurn(TurnRecord turn)
    {
        ThrowIfBroken();
        Turns.Enqueue(turn);
    }

    public void RecordFeedback(FeedbackRecord feedback)
    {
        ThrowIfBroken();
        Feedback.Enqueue(feedback);
    }

    public int PurgeTextBefore(DateTimeOffset cutoff) => 0;

    public InsightsSnapshot Read(DateTimeOffset since) => new([.. Turns], [.. Feedback]);

    private void ThrowIfBroken()
    {
        if (Broken)
        {
            throw new IOException("disk gone");
        }
    }
}
