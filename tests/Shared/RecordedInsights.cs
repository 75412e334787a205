using MbcBot.Insights;
using Microsoft.Extensions.Logging.Abstractions;

namespace MbcBot.Testing;

/// <summary>
/// An <see cref="InsightsQueue"/> for tests of what turns record, read back without a writer: <see cref="Turns"/> and
/// <see cref="Feedback"/> take what is queued so far and keep it.
/// </summary>
internal sealed class RecordedInsights(int capacity = 1000)
{
    private readonly List<InsightsRecord> _read = [];

    public InsightsQueue Queue { get; } = new(capacity, NullLogger<InsightsQueue>.Instance);

    public IReadOnlyList<TurnRecord> Turns => Drain().OfType<TurnRecord>().ToList();

    public IReadOnlyList<FeedbackRecord> Feedback => Drain().OfType<FeedbackRecord>().ToList();

    private List<InsightsRecord> Drain()
    {
        while (Queue.Reader.TryRead(out var record))
        {
            _read.Add(record);
        }

        return _read;
    }
}
