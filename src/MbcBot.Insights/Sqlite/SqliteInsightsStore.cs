using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MbcBot.Insights.Sqlite;

/// <summary>
/// <see cref="IInsightsStore"/> on one SQLite file (Microsoft.Data.Sqlite). Concurrency: every call opens a pooled
/// connection; the file is in WAL mode, so the report reads while turns write, and writers wait at most
/// <see cref="BusyTimeout"/> for a lock before the call throws (the caller logs it and the reply goes out anyway).
/// All values are bound as parameters.
/// </summary>
public sealed class SqliteInsightsStore : IInsightsStore
{
    /// <summary>
    /// How long a write waits for another writer's lock: short, because a turn is waiting, but long enough that a
    /// burst of concurrent turns on a loaded machine queues instead of failing (1 s was seen to expire in tests).
    /// </summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(3);

    private readonly string _connectionString;

    public SqliteInsightsStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
    }

    public string DatabasePath { get; }

    /// <summary>The schema version this code writes (<see cref="SqliteMigrations.Steps"/> count).</summary>
    public static int SchemaVersion => SqliteMigrations.Steps.Count;

    public void Initialize()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        for (var step = version; step < SqliteMigrations.Steps.Count; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, SqliteMigrations.Steps[step], transaction);
            // PRAGMA takes no parameters; the value is an int from this loop.
            Execute(connection, $"PRAGMA user_version = {step + 1};", transaction);
            transaction.Commit();
        }
    }

    public void RecordTurn(TurnRecord turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO turns (reply_id, time_ms, channel, kind, passage_id, confidence_band, category, question)
            VALUES ($reply, $time, $channel, $kind, $passage, $band, $category, $question);
            """;
        command.Parameters.AddWithValue("$reply", turn.ReplyId);
        command.Parameters.AddWithValue("$time", turn.Time.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$channel", turn.Channel);
        command.Parameters.AddWithValue("$kind", turn.Kind);
        command.Parameters.AddWithValue("$passage", (object?)turn.PassageId ?? DBNull.Value);
        command.Parameters.AddWithValue("$band", (object?)turn.ConfidenceBand ?? DBNull.Value);
        command.Parameters.AddWithValue("$category", (object?)turn.Category ?? DBNull.Value);
        command.Parameters.AddWithValue("$question", (object?)turn.Question ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public void RecordFeedback(FeedbackRecord feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO feedback (reply_id, time_ms, channel, rating, via, comment)
                VALUES ($reply, $time, $channel, $rating, $via, $comment);
                """;
            insert.Parameters.AddWithValue("$reply", (object?)feedback.ReplyId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$time", feedback.Time.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$channel", feedback.Channel);
            insert.Parameters.AddWithValue("$rating", RatingName(feedback.Rating));
            insert.Parameters.AddWithValue("$via", feedback.Via);
            insert.Parameters.AddWithValue("$comment", (object?)feedback.Comment ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }

        if (feedback is { Rating: FeedbackRating.Dislike, ReplyId: { } replyId, Question: { } question })
        {
            using var attach = connection.CreateCommand();
            attach.Transaction = transaction;
            attach.CommandText = "UPDATE turns SET question = $question WHERE reply_id = $reply AND question IS NULL;";
            attach.Parameters.AddWithValue("$question", question);
            attach.Parameters.AddWithValue("$reply", replyId);
            attach.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public int PurgeTextBefore(DateTimeOffset cutoff)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var cleared = 0;
        foreach (var sql in new[]
                 {
                     "UPDATE turns SET question = NULL WHERE question IS NOT NULL AND time_ms < $cutoff;",
                     "UPDATE feedback SET comment = NULL WHERE comment IS NOT NULL AND time_ms < $cutoff;",
                 })
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            cleared += command.ExecuteNonQuery();
        }

        transaction.Commit();
        return cleared;
    }

    public InsightsSnapshot Read(DateTimeOffset since)
    {
        using var connection = Open();
        // One read transaction: turns and feedback come from the same snapshot of the WAL.
        using var transaction = connection.BeginTransaction(deferred: true);
        var turns = new List<TurnRecord>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                SELECT t.reply_id, t.time_ms, t.channel, t.kind, t.passage_id, t.confidence_band, t.category, t.question
                FROM turns t WHERE t.time_ms >= $since ORDER BY t.time_ms, t.rowid;
                """;
            command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                turns.Add(new TurnRecord(
                    reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2),
                    reader.GetString(3), NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6),
                    NullableString(reader, 7)));
            }
        }

        var feedback = new List<FeedbackRecord>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                SELECT f.reply_id, f.time_ms, f.channel, f.rating, f.via, f.comment, t.question
                FROM feedback f LEFT JOIN turns t ON t.reply_id = f.reply_id
                WHERE f.time_ms >= $since ORDER BY f.time_ms, f.id;
                """;
            command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var rating = reader.GetString(3) == "like" ? FeedbackRating.Like : FeedbackRating.Dislike;
                feedback.Add(new FeedbackRecord(
                    NullableString(reader, 0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2),
                    rating, reader.GetString(4), NullableString(reader, 5), NullableString(reader, 6)));
            }
        }

        transaction.Commit();
        return new InsightsSnapshot(turns, feedback);
    }

    private static string RatingName(FeedbackRating rating) => rating == FeedbackRating.Like ? "like" : "dislike";

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // With WAL, NORMAL syncs at checkpoints instead of every commit: no corruption on a crash, at most the last
        // commits lost on power loss, and writers hold the lock far shorter (8 concurrent writers timed out at FULL on
        // a loaded two-core machine).
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
