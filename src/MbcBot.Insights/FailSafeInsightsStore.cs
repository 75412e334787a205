using Microsoft.Extensions.Logging;

namespace MbcBot.Insights;

/// <summary>
/// Wraps the store used on the reply path: a write that fails (locked, full, corrupt, read-only file) is logged with
/// the exception's type and SQLite error code only (never the record, which may hold patient text) and swallowed, so
/// the turn is answered anyway. <see cref="Initialize"/> and <see cref="Read"/> are not guarded: start-up and the
/// report should fail loudly.
/// </summary>
public sealed partial class FailSafeInsightsStore(IInsightsStore inner, ILogger<FailSafeInsightsStore> logger) : IInsightsStore
{
    public void Initialize() => inner.Initialize();

    public void RecordTurn(TurnRecord turn) => Guard("turn", () => inner.RecordTurn(turn));

    public void RecordFeedback(FeedbackRecord feedback) => Guard("feedback", () => inner.RecordFeedback(feedback));

    public int PurgeTextBefore(DateTimeOffset cutoff)
    {
        var cleared = 0;
        Guard("purge", () => cleared = inner.PurgeTextBefore(cutoff));
        return cleared;
    }

    public InsightsSnapshot Read(DateTimeOffset since) => inner.Read(since);

    private void Guard(string operation, Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var code = exception is Microsoft.Data.Sqlite.SqliteException sqlite ? sqlite.SqliteErrorCode : (int?)null;
            LogWriteFailed(logger, operation, exception.GetType().Name, code);
        }
    }

    // The exception object is not logged: its message could echo a value in some providers.
    [LoggerMessage(Level = LogLevel.Error, Message = "Insights: the {Operation} write failed ({ExceptionType}, SQLite code {SqliteCode}); the reply was sent anyway.")]
    private static partial void LogWriteFailed(ILogger logger, string operation, string exceptionType, int? sqliteCode);
}
