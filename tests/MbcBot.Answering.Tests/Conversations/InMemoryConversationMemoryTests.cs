using MbcBot.Answering.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace MbcBot.Answering.Tests.Conversations;

public sealed class InMemoryConversationMemoryTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static ConversationState State(string question) => new(["a", "b"], question);

    [Fact]
    public void Get_Unknown_Empty()
    {
        var memory = new InMemoryConversationMemory(10, Hour);

        Assert.Same(ConversationState.Empty, memory.Get("nobody"));
        Assert.Empty(ConversationState.Empty.Choices);
        Assert.Null(ConversationState.Empty.LastQuestion);
    }

    [Fact]
    public void SetThenGet_SameState()
    {
        var memory = new InMemoryConversationMemory(10, Hour);
        var state = State("what is hormone therapy");

        memory.Set("c1", state);

        Assert.Same(state, memory.Get("c1"));
        Assert.Same(ConversationState.Empty, memory.Get("C1")); // ids are case-sensitive
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void Set_Twice_ReplacesTheState()
    {
        var memory = new InMemoryConversationMemory(10, Hour);

        memory.Set("c1", State("first"));
        memory.Set("c1", State("second"));

        Assert.Equal("second", memory.Get("c1").LastQuestion);
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void Set_BeyondCapacity_ForgetsTheLeastRecentlySet()
    {
        var memory = new InMemoryConversationMemory(2, Hour);

        memory.Set("a", State("qa"));
        memory.Set("b", State("qb"));
        memory.Set("a", State("qa2")); // a is now the most recent
        memory.Set("c", State("qc"));

        Assert.Equal(2, memory.Count);
        Assert.Same(ConversationState.Empty, memory.Get("b"));
        Assert.Equal("qa2", memory.Get("a").LastQuestion);
        Assert.Equal("qc", memory.Get("c").LastQuestion);
    }

    [Fact]
    public void Set_BeyondCapacity_ReadingCountsAsUse()
    {
        var memory = new InMemoryConversationMemory(2, Hour);

        memory.Set("a", State("qa"));
        memory.Set("b", State("qb"));
        _ = memory.Get("a");
        memory.Set("c", State("qc"));

        Assert.Equal("qa", memory.Get("a").LastQuestion);
        Assert.Same(ConversationState.Empty, memory.Get("b"));
    }

    [Fact]
    public void Get_BeforeTimeToLive_State()
    {
        var time = new FakeTimeProvider();
        var memory = new InMemoryConversationMemory(10, Hour, time);
        memory.Set("c1", State("q"));

        time.Advance(Hour - TimeSpan.FromSeconds(1));

        Assert.Equal("q", memory.Get("c1").LastQuestion);
    }

    [Fact]
    public void Get_AfterTimeToLive_EmptyAndForgotten()
    {
        var time = new FakeTimeProvider();
        var memory = new InMemoryConversationMemory(10, Hour, time);
        memory.Set("c1", State("q"));

        time.Advance(Hour);

        Assert.Same(ConversationState.Empty, memory.Get("c1"));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Set_Again_RestartsTheTimeToLive()
    {
        var time = new FakeTimeProvider();
        var memory = new InMemoryConversationMemory(10, Hour, time);
        memory.Set("c1", State("q1"));
        time.Advance(TimeSpan.FromMinutes(50));
        memory.Set("c1", State("q2"));

        time.Advance(TimeSpan.FromMinutes(50));

        Assert.Equal("q2", memory.Get("c1").LastQuestion);
    }

    [Fact]
    public void Get_Read_DoesNotExtendTheTimeToLive()
    {
        var time = new FakeTimeProvider();
        var memory = new InMemoryConversationMemory(10, Hour, time);
        memory.Set("c1", State("q"));
        time.Advance(TimeSpan.FromMinutes(50));
        _ = memory.Get("c1");

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Same(ConversationState.Empty, memory.Get("c1"));
    }

    [Fact]
    public async Task Set_ConcurrentlyFromManyThreads_EveryStateKept()
    {
        var memory = new InMemoryConversationMemory(10_000, Hour);
        const int threads = 16;
        const int perThread = 200;

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                memory.Set($"t{t}-{i}", State($"q{t}-{i}"));
                memory.Set("shared", State("shared"));
                _ = memory.Get($"t{t}-{i / 2}");
            }
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(threads * perThread + 1, memory.Count);
        Assert.Equal("q7-123", memory.Get("t7-123").LastQuestion);
        Assert.Equal("shared", memory.Get("shared").LastQuestion);
    }

    [Fact]
    public async Task Set_ConcurrentlyBeyondCapacity_CountStaysAtCapacity()
    {
        var memory = new InMemoryConversationMemory(50, Hour);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                memory.Set($"t{t}-{i}", State("q"));
            }
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(50, memory.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_CapacityNotPositive_Throws(int capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryConversationMemory(capacity, Hour));

    [Fact]
    public void Constructor_TimeToLiveNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryConversationMemory(1, TimeSpan.Zero));

    [Fact]
    public void Set_NullState_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new InMemoryConversationMemory(1, Hour).Set("c", null!));
}
