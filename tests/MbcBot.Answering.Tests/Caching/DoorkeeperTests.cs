using MbcBot.Answering.Caching;

namespace MbcBot.Answering.Tests.Caching;

public sealed class DoorkeeperTests
{
    [Fact]
    public void SeenBefore_FirstAndSecondSighting_FalseThenTrue()
    {
        var doorkeeper = new Doorkeeper<string>(64, StringComparer.Ordinal);

        Assert.False(doorkeeper.SeenBefore("what is jaundice"));
        Assert.True(doorkeeper.SeenBefore("what is jaundice"));
        Assert.True(doorkeeper.SeenBefore("what is jaundice"));
        Assert.False(doorkeeper.SeenBefore("What is jaundice"));
    }

    [Fact]
    public void SeenBefore_ComparerIgnoringCase_OneKey()
    {
        var doorkeeper = new Doorkeeper<string>(64, StringComparer.OrdinalIgnoreCase);

        Assert.False(doorkeeper.SeenBefore("Bone pain"));
        Assert.True(doorkeeper.SeenBefore("BONE PAIN"));
    }

    [Fact]
    public void SeenBefore_FewerKeysThanSlots_RemembersMostOfThem()
    {
        // Slots are chosen by hash, so two keys can share one and then both are forgotten on the next pass. For n keys
        // in m slots, a key has its slot alone with probability (1 - 1/m)^(n-1): e^-0.25 ≈ 78% for n = m/4.
        var doorkeeper = new Doorkeeper<string>(4096, StringComparer.Ordinal);
        var keys = Enumerable.Range(0, 1024).Select(i => $"question {i}").ToArray();
        Assert.All(keys, k => Assert.False(doorkeeper.SeenBefore(k)));

        var remembered = keys.Count(doorkeeper.SeenBefore);

        Assert.InRange(remembered, 650, 1024);
    }

    [Fact]
    public void SeenBefore_ManyThreads_NeverThrows()
    {
        var doorkeeper = new Doorkeeper<int>(128);

        Parallel.For(0, 100_000, i => doorkeeper.SeenBefore(i % 300));

        Assert.True(doorkeeper.SeenBefore(299) || doorkeeper.SeenBefore(299));
    }

    [Fact]
    public void New_ZeroSlots_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Doorkeeper<string>(0));
}
