using System.Collections.Concurrent;
using MbcBot.Insights;

namespace MbcBot.Testing;

/// <summary>
/// An in-memory insights store that keeps what the writer gives it, or throws on every write when <see cref="Broken"/>.
/// The writer runs behind the turns, so tests wait for what they expect (<see cref="WaitForAsync"/>).
/// </summary>
internal sealed class RecordingInsightsStore : IInsightsStore
{
    private readonly SemaphoreSlim _written = new(0);

    public ConcurrentQueue<TurnRecord> Turns { get; } = new();
    public ConcurrentQueue<FeedbackRecord> Feedback { get; } = new();
    public bool Broken { get; init; }

    /// <summary>Batches written, in order.</summary>
    public ConcurrentQueue<int> BatchSizes { get; } = new();

    public void Initialize()
    {
    }

    public void Write(IReadOnlyList<InsightsRecord> records)
    {
        if (Broken)
        {
            throw new IOException("disk gone");
        }

        foreach (var record in records)
        {
            if (record is TurnRecord turn)
            {
                Turns.Enqueue(turn);
            }
            else if (record is FeedbackRecord feedback)
            {
                Feedback.Enqueue(feedback);
            }
        }

        BatchSizes.Enqueue(records.Count);
        _written.Release();
    }

    public int PurgeTextBefore(DateTimeOffset cutoff) => 0;

    public InsightsSnapshot Read(DateTimeOffset since) => new([.. Turns], [.. Feedback]);

    /// <summary>Waits until <paramref name="done"/> holds after a write, for at most ten seconds.</summary>
    public async Task WaitForAsync(Func<RecordingInsightsStore, bool> done)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!done(this))
        {
            await _written.WaitAsync(limit.Token);
        }
    }
}
