namespace MbcBot.Insights;

/// <summary>
/// Where turns and feedback are kept. One small contract so that a server database can replace the embedded SQLite
/// file. Implementations are safe for concurrent calls and throw on I/O failure. Turns never call it: they hand records
/// to <see cref="InsightsQueue"/>, and the one <see cref="InsightsWriter"/> calls <see cref="Write"/> behind them.
/// </summary>
public interface IInsightsStore
{
    /// <summary>Creates the store if missing and applies pending migrations. Idempotent.</summary>
    void Initialize();

    /// <summary>
    /// Writes the records in their order, in one transaction (all or none). A dislike with a question attaches the
    /// question to the rated turn as well, so the report can show what was asked.
    /// </summary>
    void Write(IReadOnlyList<InsightsRecord> records);

    /// <summary>Removes question and comment text recorded before <paramref name="cutoff"/>; returns rows cleared.</summary>
    int PurgeTextBefore(DateTimeOffset cutoff);

    /// <summary>Turns and feedback recorded at or after <paramref name="since"/>, oldest first.</summary>
    InsightsSnapshot Read(DateTimeOffset since);
}

/// <summary>A consistent read of the store for the report.</summary>
public sealed record InsightsSnapshot(IReadOnlyList<TurnRecord> Turns, IReadOnlyList<FeedbackRecord> Feedback);
