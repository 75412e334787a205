using MbcBot.Insights.Tests.Testing;

namespace MbcBot.Insights.Tests;

public sealed class InsightsQueueTests
{
    private static TurnRecord Turn(string id, string? question = null) =>
        new(id, DateTimeOffset.UnixEpoch, "directline", ReplyKindName.NoAnswer, null, null, null, question);

    [Fact]
    public void TryAdd_WithRoom_QueuesInOrder()
    {
        var queue = new InsightsQueue(10, new ListLogger<InsightsQueue>());

        Assert.True(queue.TryAdd(Turn("a")));
        Assert.True(queue.TryAdd(Turn("b")));

        Assert.Equal(2, queue.Count);
        Assert.True(queue.Reader.TryRead(out var first));
        Assert.Equal("a", ((TurnRecord)first).ReplyId);
        Assert.Equal(0, queue.Dropped);
    }

    [Fact]
    public void TryAdd_Full_DropsCountsAndLogsOncePerRunWithoutTheRecord()
    {
        var logger = new ListLogger<InsightsQueue>();
        var queue = new InsightsQueue(2, logger);
        queue.TryAdd(Turn("a"));
        queue.TryAdd(Turn("b"));

        var accepted = queue.TryAdd(Turn("c", question: "secret question"));
        queue.TryAdd(Turn("d"));

        Assert.False(accepted);
        Assert.Equal(2, queue.Dropped);
        Assert.Equal(2, queue.Count);
        var line = Assert.Single(logger.Messages);
        Assert.Contains("full (2 records)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAdd_FullAgainAfterRoom_LogsTheNewRunOfDrops()
    {
        var logger = new ListLogger<InsightsQueue>();
        var queue = new InsightsQueue(1, logger);
        queue.TryAdd(Turn("a"));
        queue.TryAdd(Turn("dropped"));
        queue.Reader.TryRead(out _);
        queue.TryAdd(Turn("b"));

        queue.TryAdd(Turn("dropped again"));

        Assert.Equal(2, logger.Messages.Count);
        Assert.Equal(2, queue.Dropped);
    }

    [Fact]
    public async Task Complete_QueuedRecords_AreStillReadThenTheReaderEnds()
    {
        var queue = new InsightsQueue(10, new ListLogger<InsightsQueue>());
        queue.TryAdd(Turn("a"));

        queue.Complete();

        Assert.False(queue.TryAdd(Turn("late")));
        Assert.Equal(1, queue.Dropped);
        Assert.True(await queue.Reader.WaitToReadAsync(TestContext.Current.CancellationToken));
        Assert.True(queue.Reader.TryRead(out _));
        Assert.False(await queue.Reader.WaitToReadAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InsightsQueue(0, new ListLogger<InsightsQueue>()));
}
