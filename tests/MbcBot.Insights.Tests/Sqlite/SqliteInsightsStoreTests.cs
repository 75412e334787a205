using MbcBot.Insights.Sqlite;
using MbcBot.Insights.Tests.Testing;
using Microsoft.Data.Sqlite;

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
    public void Initialize_ManyStoresAtOnceOnANewDatabase_EachStepAppliedOnce()
    {
        // Hosts sharing a data folder (the tests' own, or two replicas) start together: each step must run once, not
        // fail with "table turns already exists" in the one that lost the race.
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        for (var round = 0; round < 20; round++)
        {
            var database = Path.Combine(Path.GetDirectoryName(_folder.Database)!, $"round-{round}.db");
            using var start = new Barrier(4);
            var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    new SqliteInsightsStore(database).Initialize();
                }
                catch (Exception e)
                {
                    errors.Add(e);
                }
            })).ToArray();
            Array.ForEach(threads, t => t.Start());
            Array.ForEach(threads, t => t.Join());
        }

        Assert.Empty(errors);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Path.GetDirectoryName(_folder.Database)!, "round-19.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        Assert.Equal((long)SqliteInsightsStore.SchemaVersion, (long)command.ExecuteScalar()!);
    }

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
        CreateStore().Write([Turn("a", Now)]);

        var again = CreateStore();

        Assert.Single(again.Read(Now.AddDays(-1)).Turns);
    }

    [Fact]
    public void WriteAndRead_TurnThenDislike_RoundTripAndAttachTheQuestion()
    {
        var store = CreateStore();
        store.Write([Turn("r1", Now, ReplyKindName.Answer, question: null)]);

        store.Write([new FeedbackRecord("r1", Now.AddMinutes(1), "directline", FeedbackRating.Dislike, FeedbackVia.Button, null, "what is x")]);

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
        store.Write([Turn("old", Now.AddDays(-10))]);
        store.Write([Turn("new", Now)]);

        Assert.Equal(["new"], store.Read(Now.AddDays(-7)).Turns.Select(t => t.ReplyId));
    }

    [Fact]
    public void Write_TurnAndItsDislikeInOneBatch_InsertsTheTurnFirstAndAttachesTheQuestion()
    {
        var store = CreateStore();

        store.Write([
            Turn("r1", Now, ReplyKindName.Answer, question: null),
            new FeedbackRecord("r1", Now, "directline", FeedbackRating.Dislike, FeedbackVia.Button, null, "what is x"),
        ]);

        Assert.Equal("what is x", Assert.Single(store.Read(Now.AddHours(-1)).Turns).Question);
    }

    [Fact]
    public void Write_BatchWithADuplicateReplyId_WritesNothing()
    {
        var store = CreateStore();

        Assert.ThrowsAny<SqliteException>(() => store.Write([Turn("a", Now), Turn("b", Now), Turn("a", Now)]));

        Assert.Empty(store.Read(Now.AddDays(-1)).Turns);
    }

    [Fact]
    public async Task Read_WhileAWriterCommits_SeesWholeBatchesAndNeverFails()
    {
        var store = CreateStore();
        const int batches = 200;
        const int perBatch = 20;
        var writing = Task.Run(() =>
        {
            for (var b = 0; b < batches; b++)
            {
                store.Write([.. Enumerable.Range(0, perBatch).Select(i => Turn($"{b}-{i}", Now))]);
            }
        }, TestContext.Current.CancellationToken);

        var seen = new List<int>();
        while (!writing.IsCompleted)
        {
            seen.Add(store.Read(Now.AddDays(-1)).Turns.Count);
        }

        await writing;
        Assert.All(seen, count => Assert.Equal(0, count % perBatch));
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(batches * perBatch, store.Read(Now.AddDays(-1)).Turns.Count);
    }

    [Fact]
    public void PurgeTextBefore_Cutoff_ClearsOnlyOlderTextAndKeepsTheCounts()
    {
        var store = CreateStore();
        store.Write([Turn("old", Now.AddDays(-31), question: "old question")]);
        store.Write([Turn("new", Now.AddDays(-1), question: "new question")]);
        store.Write([new FeedbackRecord("old", Now.AddDays(-31), "msteams", FeedbackRating.Dislike, FeedbackVia.TeamsFeedback, "old comment", null)]);

        var cleared = store.PurgeTextBefore(Now.AddDays(-30));

        Assert.Equal(2, cleared);
        var snapshot = store.Read(DateTimeOffset.UnixEpoch);
        Assert.Equal([null, "new question"], snapshot.Turns.Select(t => t.Question));
        Assert.Null(Assert.Single(snapshot.Feedback).Comment);
    }

    [Fact]
    public void Write_LockedDatabase_ThrowsBusyAfterTheBusyTimeout()
    {
        CreateStore();
        var store = new SqliteInsightsStore(_folder.Database, TimeSpan.FromSeconds(1));
        using var locker = new SqliteConnection($"Data Source={_folder.Database}");
        locker.Open();
        using var begin = locker.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        begin.ExecuteNonQuery();

        var error = Assert.ThrowsAny<SqliteException>(() => store.Write([Turn("x", Now)]));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
    }

    [Fact]
    public void Initialize_CorruptFile_Throws()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.Database)!);
        File.WriteAllText(_folder.Database, "this is not a database, just text that is long enough to fill a header page.");

        Assert.ThrowsAny<SqliteException>(() => new SqliteInsightsStore(_folder.Database).Initialize());
    }
}
