using System.Diagnostics;
using MbcBot.Insights.Sqlite;
using MbcBot.Insights.Tests.Testing;

namespace MbcBot.Insights.Tests;

public sealed class InsightsWriterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static TurnRecord Turn(string id, string? question = null) =>
        new(id, Now, "directline", ReplyKindName.NoAnswer, null, null, null, question);

    private SqliteInsightsStore CreateStore()
    {
        var store = new SqliteInsightsStore(_folder.Database);
        store.Initialize();
        return store;
    }

    [Fact]
    public async Task StoppedAsync_RecordsQueuedBeforeAndDuringTheRun_AreAllWritten()
    {
        var store = CreateStore();
        var queue = new InsightsQueue(100_000, new ListLogger<InsightsQueue>());
        var writer = new InsightsWriter(queue, store, new ListLogger<InsightsWriter>());
        queue.TryAdd(Turn("before-start"));
        await writer.StartAsync(Token);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                queue.TryAdd(Turn($"{t}-{i}"));
            }
        }, Token)));
        await writer.StoppedAsync(Token);

        Assert.Equal(20_001, store.Read(DateTimeOffset.UnixEpoch).Turns.Count);
        Assert.Equal(20_001, writer.Written);
        Assert.Equal(0, queue.Dropped);
    }

    [Fact]
    public async Task Run_ManyRecordsQueuedAtOnce_CommitsThemInBatchesOfAtMostMaxBatch()
    {
        var store = new RecordingStore();
        var queue = new InsightsQueue(10_000, new ListLogger<InsightsQueue>());
        for (var i = 0; i < 2 * InsightsWriter.MaxBatch + 1; i++)
        {
            queue.TryAdd(Turn($"r{i}"));
        }

        var writer = new InsightsWriter(queue, store, new ListLogger<InsightsWriter>());
        await writer.StartAsync(Token);
        await writer.StoppedAsync(Token);

        Assert.Equal([InsightsWriter.MaxBatch, InsightsWriter.MaxBatch, 1], store.Batches.Select(b => b.Count));
        Assert.Equal("r0", ((TurnRecord)store.Batches[0][0]).ReplyId);
    }

    [Fact]
    public async Task Run_StoreFails_CountsTheLostRecordsLogsOnceWithoutTextAndKeepsWriting()
    {
        var store = new RecordingStore { FailuresLeft = 2 };
        var queue = new InsightsQueue(100, new ListLogger<InsightsQueue>());
        var logger = new ListLogger<InsightsWriter>();
        var writer = new InsightsWriter(queue, store, logger);
        await writer.StartAsync(Token);

        queue.TryAdd(Turn("a", question: "secret question"));
        await store.WaitForCallsAsync(1);
        queue.TryAdd(Turn("b", question: "secret question"));
        await store.WaitForCallsAsync(1);
        queue.TryAdd(Turn("c"));
        await writer.StoppedAsync(Token);

        Assert.Equal((2, 1), (writer.Failed, writer.Written));
        Assert.Equal(3, logger.Messages.Count); // the failure (once), the recovery, the flush at stop
        Assert.Contains("IOException", logger.Messages[0], StringComparison.Ordinal);
        Assert.Contains("writes succeed again; 2 records were lost", logger.Messages[1], StringComparison.Ordinal);
        Assert.Contains("1 records were written, 0 dropped (queue full) and 2 lost", logger.Messages[2], StringComparison.Ordinal);
        Assert.All(logger.Messages, m => Assert.DoesNotContain("secret", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_Batch_IsOneSpanOnTheInsightsSource()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == InsightsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var queue = new InsightsQueue(100, new ListLogger<InsightsQueue>());
        queue.TryAdd(Turn("a"));
        queue.TryAdd(Turn("b"));
        var writer = new InsightsWriter(queue, new RecordingStore(), new ListLogger<InsightsWriter>());

        await writer.StartAsync(Token);
        await writer.StoppedAsync(Token);

        var span = Assert.Single(spans);
        Assert.Equal("insights write", span.DisplayName);
        Assert.Equal(2, span.GetTagItem("mbcbot.insights.records"));
    }

    /// <summary>Keeps each batch; throws IOException for the first <see cref="FailuresLeft"/> calls.</summary>
    private sealed class RecordingStore : IInsightsStore
    {
        private readonly SemaphoreSlim _calls = new(0);

        public List<IReadOnlyList<InsightsRecord>> Batches { get; } = [];

        public int FailuresLeft { get; set; }

        public void Initialize()
        {
        }

        public void Write(IReadOnlyList<InsightsRecord> records)
        {
            try
            {
                if (FailuresLeft-- > 0)
                {
                    throw new IOException("disk full");
                }

                Batches.Add([.. records]);
            }
            finally
            {
                _calls.Release();
            }
        }

        public int PurgeTextBefore(DateTimeOffset cutoff) => 0;

        public InsightsSnapshot Read(DateTimeOffset since) => new([], []);

        public async Task WaitForCallsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _calls.WaitAsync(TimeSpan.FromSeconds(10), Token), "the writer made no call within 10 s");
            }
        }
    }
}
