using MbcBot.Insights.Sqlite;
using MbcBot.Insights.Tests.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MbcBot.Insights.Tests.Sqlite;

public sealed class SqliteInsightsStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SqliteInsightsStore CreateStore()
    {
        var store = new SqliteInsightsStore(_folder.Database);
        store.Initialize();
        return store;
    }

    private static TurnRecord Turn(string id, DateTimeOffset time, string kind = ReplyKindName.NoAnswer, string? question = "q") =>
        new(id, time, "directline", kind, kind == ReplyKindName.Answer ? "doc#p1" : null, ConfidenceBand.Low, null, question);

    [Fact]
    public void Initialize_EmptyFolder_CreatesTheFileAtTheCurrentSchemaVersion()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_folder.Database)));

        CreateStore();

        Assert.True(File.Exists(_folder.Database));
        using var connection = new SqliteConnection($"Data Source={_folder.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        Assert.Equal((long)SqliteInsightsStore.SchemaVersion, (long)command.ExecuteScalar()!);
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string)command.ExecuteScalar()!);
    }

    [Fact]
    public void Initialize_Twice_KeepsTheData()
    {
        CreateStore().RecordTurn(Turn("a", Now));

        var again = CreateStore();

        Assert.Single(again.Read(Now.AddDays(-1)).Turns);
    }

    [Fact]
    public void RecordAndRead_TurnAndDislike_RoundTripAndAttachTheQuestion()
    {
        var store = CreateStore();
        store.RecordTurn(Turn("r1", Now, ReplyKindName.Answer, question: null));

        store.RecordFeedback(new FeedbackRecord("r1", Now.AddMinutes(1), "directline", FeedbackRating.Dislike, FeedbackVia.Button, null, "what is x"));

        var snapshot = store.Read(Now.AddHours(-1));
        var turn = Assert.Single(snapshot.Turns);
        Assert.Equal(("r1", ReplyKindName.Answer, "doc#p1", "what is x"), (turn.ReplyId, turn.Kind, turn.PassageId, turn.Question));
        Assert.Equal(Now, turn.Time);
        var feedback = Assert.Single(snapshot.Feedback);
        Assert.Equal((FeedbackRating.Dislike, "what is x"), (feedback.Rating, feedback.Question));
    }

    [Fact]
    public void Read_Since_LeavesOutOlderRecords()
    {
        var store = CreateStore();
        store.RecordTurn(Turn("old", Now.AddDays(-10)));
        store.RecordTurn(Turn("new", Now));

        Assert.Equal(["new"], store.Read(Now.AddDays(-7)).Turns.Select(t => t.ReplyId));
    }

    [Fact]
    public async Task RecordTurn_ConcurrentWriters_LosesNothing()
    {
        var store = CreateStore();
        const int writers = 8;
        const int perWriter = 50;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                store.RecordTurn(Turn($"{w}-{i}", Now.AddMilliseconds(i)));
                store.RecordFeedback(new FeedbackRecord($"{w}-{i}", Now, "msteams", FeedbackRating.Like, FeedbackVia.Reaction, null, null));
            }
        }, TestContext.Current.CancellationToken)));

        var snapshot = store.Read(Now.AddDays(-1));
        Assert.Equal(writers * perWriter, snapshot.Turns.Select(t => t.ReplyId).Distinct().Count());
        Assert.Equal(writers * perWriter, snapshot.Feedback.Count);
    }

    [Fact]
    public void PurgeTextBefore_Cutoff_ClearsOnlyOlderTextAndKeepsTheCounts()
    {
        var store = CreateStore();
        store.RecordTurn(Turn("old", Now.AddDays(-31), question: "old question"));
        store.RecordTurn(Turn("new", Now.AddDays(-1), question: "new question"));
        store.RecordFeedback(new FeedbackRecord("old", Now.AddDays(-31), "msteams", FeedbackRating.Dislike, FeedbackVia.TeamsFeedback, "old comment", null));

        var cleared = store.PurgeTextBefore(Now.AddDays(-30));

        Assert.Equal(2, cleared);
        var snapshot = store.Read(DateTimeOffset.UnixEpoch);
        Assert.Equal([null, "new question"], snapshot.Turns.Select(t => t.Question));
        Assert.Null(Assert.Single(snapshot.Feedback).Comment);
    }

    [Fact]
    public void RecordTurn_LockedDatabase_ThrowsWithinTheBusyTimeout_AndFailSafeSwallowsAndLogsNoText()
    {
        var store = CreateStore();
        using var locker = new SqliteConnection($"Data Source={_folder.Database}");
        locker.Open();
        using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            begin.ExecuteNonQuery();
        }

        Assert.ThrowsAny<SqliteException>(() => store.RecordTurn(Turn("x", Now, question: "secret question")));

        var logger = new ListLogger();
        var safe = new FailSafeInsightsStore(store, logger);
        safe.RecordTurn(Turn("y", Now, question: "secret question"));

        var message = Assert.Single(logger.Messages);
        Assert.Contains("SQLite code 5", message, StringComparison.Ordinal); // SQLITE_BUSY
        Assert.DoesNotContain("secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Initialize_CorruptFile_Throws()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.Database)!);
        File.WriteAllText(_folder.Database, "this is not a database, just text that is long enough to fill a header page.");

        Assert.ThrowsAny<SqliteException>(() => new SqliteInsightsStore(_folder.Database).Initialize());
    }

    private sealed class ListLogger : ILogger<FailSafeInsightsStore>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception) + (exception?.ToString() ?? string.Empty));
    }
}
