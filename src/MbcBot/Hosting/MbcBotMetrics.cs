using System.Diagnostics.Metrics;
using MbcBot.Insights;

namespace MbcBot.Hosting;

/// <summary>
/// MbcBot's own metrics, on the meter <see cref="MeterName"/> (exported by OpenTelemetry at /metrics):
/// <list type="bullet">
/// <item><c>mbcbot.turns</c> (counter): answered messages by <c>channel</c> and <c>kind</c> (<c>Reply.Kind</c>);</item>
/// <item><c>mbcbot.escalations</c> (counter): emergency replies by <c>category</c> (<c>Reply.Category</c>);</item>
/// <item><c>mbcbot.answer.duration</c> (histogram, seconds): time the answering core took, by <c>kind</c>;</item>
/// <item><c>mbcbot.feedback</c> (counter): feedback by <c>channel</c> and <c>value</c>, through <see cref="FeedbackReceived"/>;</item>
/// <item><c>mbcbot.directline.conversations</c> (gauge): Direct Line conversations open.</item>
/// <item><c>mbcbot.insights.written</c>, <c>mbcbot.insights.dropped</c>, <c>mbcbot.insights.failed</c> (counters):
/// insights records committed, dropped because the write queue was full, and lost to a failed write;
/// <c>mbcbot.insights.queue.length</c> (gauge): records waiting for the writer.</item>
/// </list>
/// Tags carry only channel ids, enum names and triage categories, never user text. Thread-safe; one per process.
/// </summary>
public sealed class MbcBotMetrics
{
    public const string MeterName = "MbcBot";

    /// <summary>Seconds: answers take a few milliseconds, so the buckets are fine below 100 ms.</summary>
    private static readonly double[] AnswerBuckets = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private static readonly AsyncLocal<string?> CurrentChannel = new();

    private readonly Counter<long> _turns;
    private readonly Counter<long> _escalations;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _feedback;

    public MbcBotMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _turns = Meter.CreateCounter<long>("mbcbot.turns", description: "Messages answered, by channel and reply kind.");
        _escalations = Meter.CreateCounter<long>("mbcbot.escalations", description: "Emergency escalations, by triage category.");
        _answerDuration = Meter.CreateHistogram<double>("mbcbot.answer.duration", unit: "s", description: "Time to answer one message.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AnswerBuckets });
        _feedback = Meter.CreateCounter<long>("mbcbot.feedback", description: "Feedback on replies, by channel and value.");
    }

    public Meter Meter { get; }

    /// <summary>The channel of the turn running on this async flow, set by the turn pipeline; "unknown" outside one.</summary>
    public static string Channel => CurrentChannel.Value ?? "unknown";

    /// <summary>Marks the current async flow as a turn on <paramref name="channelId"/> until disposed.</summary>
    public static IDisposable BeginTurn(string? channelId)
    {
        var previous = CurrentChannel.Value;
        CurrentChannel.Value = string.IsNullOrEmpty(channelId) ? "unknown" : LogValue.Safe(channelId);
        return new Restore(previous);
    }

    public void Answered(string kind, string? category, TimeSpan elapsed, bool escalation)
    {
        _turns.Add(1, new("channel", Channel), new("kind", kind));
        _answerDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
        if (escalation)
        {
            _escalations.Add(1, new KeyValuePair<string, object?>("category", category ?? "unknown"));
        }
    }

    /// <summary>Counts one piece of feedback (e.g. "like", "dislike") on <paramref name="channel"/>.</summary>
    public void FeedbackReceived(string channel, string value) =>
        _feedback.Add(1, new("channel", LogValue.Safe(channel)), new("value", LogValue.Safe(value)));

    /// <summary>Observes <paramref name="count"/> as the open Direct Line conversations gauge.</summary>
    public void ObserveDirectLineConversations(Func<int> count) =>
        Meter.CreateObservableGauge("mbcbot.directline.conversations", count, description: "Direct Line conversations open.");

    /// <summary>Observes the insights write queue and writer (records written, dropped, failed, waiting).</summary>
    public void ObserveInsights(InsightsQueue queue, InsightsWriter writer)
    {
        Meter.CreateObservableCounter("mbcbot.insights.written", () => writer.Written, description: "Insights records committed to the store.");
        Meter.CreateObservableCounter("mbcbot.insights.dropped", () => queue.Dropped, description: "Insights records dropped because the write queue was full.");
        Meter.CreateObservableCounter("mbcbot.insights.failed", () => writer.Failed, description: "Insights records lost to a failed write.");
        Meter.CreateObservableGauge("mbcbot.insights.queue.length", () => queue.Count, description: "Insights records waiting for the writer.");
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => CurrentChannel.Value = previous;
    }
}
