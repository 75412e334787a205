namespace MbcBot.Insights.Sqlite;

/// <summary>
/// The schema, as an ordered list of steps. The database's <c>PRAGMA user_version</c> is the number of steps applied;
/// start-up applies the rest, each in its own transaction. Never edit a shipped step: append one.
/// Times are Unix milliseconds (UTC) so ranges compare as integers.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE turns (
            reply_id        TEXT    NOT NULL PRIMARY KEY,
            time_ms         INTEGER NOT NULL,
            channel         TEXT    NOT NULL,
            kind            TEXT    NOT NULL,
            passage_id      TEXT    NULL,
            confidence_band TEXT    NULL,
            category        TEXT    NULL,
            question        TEXT    NULL
        );
        CREATE INDEX turns_time ON turns (time_ms);
        CREATE TABLE feedback (
            id       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            reply_id TEXT    NULL,
            time_ms  INTEGER NOT NULL,
            channel  TEXT    NOT NULL,
            rating   TEXT    NOT NULL CHECK (rating IN ('like', 'dislike')),
            via      TEXT    NOT NULL,
            comment  TEXT    NULL
        );
        CREATE INDEX feedback_time ON feedback (time_ms);
        CREATE INDEX feedback_reply ON feedback (reply_id);
        """,
    ];
}
