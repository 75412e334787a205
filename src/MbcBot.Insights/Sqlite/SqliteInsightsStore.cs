using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MbcBot.Insights.Sqlite;

/// <summary>
/// <see cref="IInsightsStore"/> on one SQLite file (Microsoft.Data.Sqlite). Concurrency: every call opens a pooled
/// connection; the file is in WAL mode, so the report reads while the bot writes. Only the background
/// <see cref="InsightsWriter"/> and the hourly purge write, so a writer rarely waits for a lock, and no turn ever does;
/// WAL checkpoints (and their fsync) run on the connection that commits, the writer's. A writer waits at most
/// <see cref="BusyTimeout"/> for a lock before the call throws. All values are bound as parameters.
/// </summary>
public sealed class SqliteInsightsStore : IInsightsStore
{
    /// <summary>
    /// How long a write waits for another writer's lock (the purge, or another process such as a backup): no turn
    /// waits on it, so it is long enough to ride out a slow disk.
    /// </summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private readonly string _connectionString;

    /// <param name="busyTimeout">How long a write waits for a lock; <see cref="BusyTimeout"/> by default.</param>
    public SqliteInsightsStore(string databasePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling((busyTimeout ?? BusyTimeout).TotalSeconds),
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
        // Each step reads the version inside its own write transaction (BEGIN IMMEDIATE), so two processes or hosts
        // opening a new database at once apply each step once: the second waits, then sees the step done.
        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;", transaction), CultureInfo.InvariantCulture);
            if (version >= SqliteMigrations.Steps.Count)
            {
                transaction.Commit();
                return;
            }

            Execute(connection, SqliteMigrations.Steps[version], transaction);
            // PRAGMA takes no parameters; the value is an int read above.
            Execute(connection, $"PRAGMA user_version = {version + 1};", transaction);
            transaction.Commit();
        }
    }

    public void Write(IReadOnlyList<InsightsRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var turn = Prepare(connection, transaction, """
            INSERT INTO turns (reply_id, time_ms, channel, kind, passage_id, confidence_band, category, question)
            VALUES ($reply, $time, $channel, $kind, $passage, $band, $category, $question);
            """, "$reply", "$time", "$channel", "$kind", "$passage", "$band", "$category", "$question");
        using var feedback = Prepare(connection, transaction, """
            INSERT INTO feedback (reply_id, time_ms, channel, rating, via, comment)
            VALUES ($reply, $time, $channel, $rating, $via, $comment);
            """, "$reply", "$time", "$channel", "$rating", "$via", "$comment");
        using var attach = Prepare(connection, transaction,
            "UPDATE turns SET question = $question WHERE reply_id = $reply AND question IS NULL;", "$question", "$reply");
        foreach (var record in records)
        {
            switch (record)
            {
                case TurnRecord t:
                    Run(turn, t.ReplyId, t.Time.ToUnixTimeMilliseconds(), t.Channel, t.Kind, t.PassageId, t.ConfidenceBand, t.Category, t.Question);
                    break;
                case FeedbackRecord f:
                    Run(feedback, f.ReplyId, f.Time.ToUnixTimeMilliseconds(), f.Channel, RatingName(f.Rating), f.Via, f.Comment);
                    if (f is { Rating: FeedbackRating.Dislike, ReplyId: { } replyId, Question: { } question })
                    {
                        Run(attach, question, replyId);
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown insights record {record.GetType().Name}.", nameof(records));
            }
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

    /// <summary>A command with its parameters declared once, so a batch only rebinds values.</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // With WAL, NORMAL syncs at checkpoints instead of every commit: no corruption on a crash, at most the last
        // commits lost on power loss, and the writer holds the lock far shorter.
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

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
