using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Semantic;

public sealed class MicroBatcherTests
{
    [Fact]
    public void Run_LoneCaller_RunsItsOwnRequestInABatchOfOne()
    {
        var sizes = new List<int>();
        using var batcher = new MicroBatcher<int, int>(batch => { sizes.Add(batch.Count); return [.. batch.Select(x => x * 2)]; }, slots: 2, maxBatch: 8);

        Assert.Equal(6, batcher.Run(3));
        Assert.Equal(14, batcher.Run(7));

        Assert.Equal([1, 1], sizes);
        Assert.Equal((2, 2), (batcher.Batches, batcher.Requests));
    }

    [Fact]
    public async Task Run_CallersQueuedBehindABusySlot_ShareOneBatchAndEachGetsItsOwnResult()
    {
        using var gate = new ManualResetEventSlim();
        var sizes = new List<int>();
        using var batcher = new MicroBatcher<int, int>(batch =>
        {
            lock (sizes) sizes.Add(batch.Count);
            if (batch[0] == 0) gate.Wait();
            return [.. batch.Select(x => x * 10)];
        }, slots: 1, maxBatch: 8);

        var first = Task.Run(() => batcher.Run(0));
        SpinWait.SpinUntil(() => batcher.Batches == 1, TimeSpan.FromSeconds(10));
        var rest = Enumerable.Range(1, 5).Select(i => Task.Run(() => batcher.Run(i))).ToArray();
        SpinWait.SpinUntil(() => batcher.Queued == 5, TimeSpan.FromSeconds(10));
        gate.Set();

        var results = await Task.WhenAll(rest);
        Assert.Equal([10, 20, 30, 40, 50], results);
        Assert.Equal(0, await first);
        Assert.Equal([1, 5], sizes);
    }

    [Fact]
    public async Task Run_MoreQueuedThanMaxBatch_SplitIntoBatchesOfAtMostMaxBatch()
    {
        using var gate = new ManualResetEventSlim();
        var sizes = new List<int>();
        using var batcher = new MicroBatcher<int, int>(batch =>
        {
            lock (sizes) sizes.Add(batch.Count);
            if (batch[0] == 0) gate.Wait();
            return [.. batch];
        }, slots: 1, maxBatch: 2);

        var first = Task.Run(() => batcher.Run(0));
        SpinWait.SpinUntil(() => batcher.Batches == 1, TimeSpan.FromSeconds(10));
        var rest = Enumerable.Range(1, 5).Select(i => Task.Run(() => batcher.Run(i))).ToArray();
        SpinWait.SpinUntil(() => batcher.Queued == 5, TimeSpan.FromSeconds(10));
        gate.Set();

        var results = await Task.WhenAll(rest);
        Assert.Equal([1, 2, 3, 4, 5], results);
        await first;
        Assert.Equal([1, 2, 2, 1], sizes);
    }

    [Fact]
    public async Task Run_BatchFunctionThrows_EveryCallerOfThatBatchGetsTheException()
    {
        using var gate = new ManualResetEventSlim();
        using var batcher = new MicroBatcher<int, int>(batch =>
        {
            if (batch[0] == 0)
            {
                gate.Wait();
                return [0];
            }

            throw new InvalidOperationException("model failed");
        }, slots: 1, maxBatch: 8);

        var first = Task.Run(() => batcher.Run(0));
        SpinWait.SpinUntil(() => batcher.Batches == 1, TimeSpan.FromSeconds(10));
        var rest = Enumerable.Range(1, 3).Select(i => Task.Run(() => batcher.Run(i))).ToArray();
        SpinWait.SpinUntil(() => batcher.Queued == 3, TimeSpan.FromSeconds(10));
        gate.Set();

        Assert.Equal(0, await first);
        foreach (var task in rest)
        {
            Assert.Equal("model failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => task)).Message);
        }

        Assert.Equal(2, batcher.Batches);
    }

    [Fact]
    public void Run_WrongNumberOfResults_InvalidOperationException()
    {
        using var batcher = new MicroBatcher<int, int>(_ => [], slots: 1, maxBatch: 4);

        Assert.Throws<InvalidOperationException>(() => batcher.Run(1));
    }
}
