using MbcBot.Answering.Caching;

namespace MbcBot.Answering.Tests.Caching;

public sealed class LruCacheTests
{
    [Fact]
    public void GetOrAdd_SameKeyTwice_FactoryRunsOnce()
    {
        var cache = new LruCache<string, int>(4);
        var calls = 0;

        var first = cache.GetOrAdd("a", _ => ++calls);
        var second = cache.GetOrAdd("a", _ => ++calls);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Add_BeyondCapacity_LeastRecentlyUsedForgotten()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);
        cache.Add("b", 2);
        Assert.True(cache.TryGet("a", out _)); // "a" is now the most recently used

        cache.Add("c", 3);

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Add_ExistingKey_KeepsTheStoredValue()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);

        cache.Add("a", 2);

        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void GetOrAdd_ManyThreads_NeverMoreThanCapacity()
    {
        var cache = new LruCache<int, int>(50);

        Parallel.For(0, 10_000, i => Assert.Equal(i * 2, cache.GetOrAdd(i, k => k * 2)));

        Assert.Equal(50, cache.Count);
    }

    [Fact]
    public void GetOrAdd_AdmitOnRepeat_StoredFromTheSecondTime()
    {
        var cache = new LruCache<string, int>(4, StringComparer.Ordinal, admitOnRepeat: true);
        var calls = 0;

        var values = Enumerable.Range(0, 4).Select(_ => cache.GetOrAdd("a", _ => ++calls)).ToList();

        Assert.Equal([1, 2, 2, 2], values);
        Assert.Equal(2, calls);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrAdd_AdmitOnRepeat_OneOffKeysNeverStored()
    {
        var cache = new LruCache<int, int>(4, admitOnRepeat: true);
        cache.GetOrAdd(-1, _ => 0);
        cache.GetOrAdd(-1, _ => 0);

        for (var i = 0; i < 100; i++)
        {
            cache.GetOrAdd(i, k => k);
        }

        Assert.True(cache.TryGet(-1, out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Add_AdmitOnRepeat_StoresAtOnce()
    {
        var cache = new LruCache<string, int>(4, admitOnRepeat: true);

        cache.Add("a", 1);

        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void New_ZeroCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LruCache<string, int>(0));
}
