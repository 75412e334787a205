using MbcBot.Answering.Semantic;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Semantic;

public sealed class CachedEmbedderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Embed_New_AsksTheInnerEmbedder()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);

        var vectors = cached.Embed(["what is hormone therapy"], Ct);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(inner.VectorOf("what is hormone therapy"), vectors.Single());
        Assert.Equal(1, cached.Count);
    }

    [Fact]
    public void Embed_SameTextAgain_DoesNotCallTheInnerEmbedder()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);
        var first = cached.Embed(["what is hormone therapy"], Ct);

        var second = cached.Embed(["what is hormone therapy"], Ct);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.Single(), second.Single());
    }

    [Fact]
    public void Embed_MixOfCachedAndNew_AsksOnlyForTheNewInOrder()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);
        cached.Embed(["b"], Ct);

        var vectors = cached.Embed(["a", "b", "c"], Ct);

        Assert.Equal(["b", "a", "c"], inner.Embedded);
        Assert.Equal([inner.VectorOf("a"), inner.VectorOf("b"), inner.VectorOf("c")], vectors);
        Assert.Equal(3, cached.Count);
    }

    [Fact]
    public void Embed_AllCached_NoCallAtAll()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);
        cached.Embed(["a", "b"], Ct);

        cached.Embed(["b", "a", "b"], Ct);

        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public void Embed_TextsDifferingInCase_CachedSeparately()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);

        cached.Embed(["Liver"], Ct);
        cached.Embed(["liver"], Ct);

        Assert.Equal(2, inner.Calls);
        Assert.Equal(2, cached.Count);
    }

    [Fact]
    public void Embed_BeyondCapacity_EvictsTheLeastRecentlyUsed()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 2);
        cached.Embed(["a"], Ct);
        cached.Embed(["b"], Ct);
        cached.Embed(["a"], Ct); // a is now the most recently used

        cached.Embed(["c"], Ct); // evicts b

        Assert.Equal(2, cached.Count);
        Assert.Equal(["a", "b", "c"], inner.Embedded);
        cached.Embed(["a"], Ct);
        cached.Embed(["c"], Ct);
        Assert.Equal(["a", "b", "c"], inner.Embedded);
        cached.Embed(["b"], Ct);
        Assert.Equal(["a", "b", "c", "b"], inner.Embedded);
    }

    [Fact]
    public void Remember_SeedsTheCacheWithoutCallingTheInnerEmbedder()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);
        var stored = new[] { new float[] { 1, 0, 0, 0 }, new float[] { 0, 1, 0, 0 } };

        cached.Remember(["passage one", "passage two"], stored);

        Assert.Equal(0, inner.Calls);
        Assert.Equal(2, cached.Count);
        Assert.Same(stored[1], cached.Embed(["passage two"], Ct).Single());
        Assert.Same(stored[0], cached.Embed(["passage one"], Ct).Single());
        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public void Remember_BeyondCapacity_KeepsTheLast()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 2);

        cached.Remember(["a", "b", "c"], [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]);

        Assert.Equal(2, cached.Count);
        cached.Embed(["b", "c"], Ct);
        Assert.Equal(0, inner.Calls);
        cached.Embed(["a"], Ct);
        Assert.Equal(["a"], inner.Embedded);
    }

    [Fact]
    public void Remember_AlreadyCached_KeepsTheFirstVector()
    {
        var cached = new CachedEmbedder(new CountingEmbedder(), 10);
        float[] first = [1, 0, 0, 0];

        cached.Remember(["a"], [first]);
        cached.Remember(["a"], [[0, 1, 0, 0]]);

        Assert.Equal(1, cached.Count);
        Assert.Same(first, cached.Embed(["a"], Ct).Single());
    }

    [Fact]
    public void Count_New_Zero() => Assert.Equal(0, new CachedEmbedder(new CountingEmbedder(), 3).Count);

    [Fact]
    public void Dimensions_TheInnerEmbedders() => Assert.Equal(7, new CachedEmbedder(new CountingEmbedder(7), 3).Dimensions);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_CapacityNotPositive_Throws(int capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CachedEmbedder(new CountingEmbedder(), capacity));

    [Fact]
    public void Constructor_NullInner_Throws() => Assert.Throws<ArgumentNullException>(() => new CachedEmbedder(null!, 3));

    [Fact]
    public async Task Embed_ConcurrentlyFromManyThreads_EveryTextGetsItsOwnVector()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 1000);
        var texts = Enumerable.Range(0, 100).Select(i => $"text {i}").ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(
            () => texts.Select(t => (Text: t, Vector: cached.Embed([t], Ct).Single())).ToArray(),
            TestContext.Current.CancellationToken)));

        Assert.All(results.SelectMany(r => r), r => Assert.Equal(inner.VectorOf(r.Text), r.Vector));
        Assert.Equal(100, cached.Count);
    }

    [Fact]
    public void EmbedMessage_SeveralPartsTwice_InnerAskedOnce()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);

        var first = cached.EmbedMessage(["my legs are numb.", "what is a bone scan?"], Ct);
        var second = cached.EmbedMessage(["my legs are numb.", "what is a bone scan?"], Ct);

        Assert.Equal(1, inner.Calls);
        Assert.Same(first, second);
        Assert.Equal(2, first.Parts.Count);
        Assert.Equal(inner.VectorOf("my legs are numb. what is a bone scan?"), first.Whole);
    }

    [Fact]
    public void EmbedMessage_SeveralParts_TheWholeServesEmbedOfTheJoinedText()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);
        var message = cached.EmbedMessage(["my legs are numb.", "what is a bone scan?"], Ct);

        var whole = cached.Embed(["my legs are numb. what is a bone scan?"], Ct).Single();

        Assert.Equal(1, inner.Calls);
        Assert.Same(message.Whole, whole);
    }

    [Fact]
    public void EmbedMessage_OnePart_ATextLikeAnyOther()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);
        cached.Embed(["what is a bone scan"], Ct);

        var message = cached.EmbedMessage(["what is a bone scan"], Ct);

        Assert.Equal(1, inner.Calls);
        Assert.Empty(message.Parts);
        Assert.Equal(inner.VectorOf("what is a bone scan"), message.Whole);
    }

    [Fact]
    public void EmbedMessage_PartsThatJoinAlikeDifferently_CachedApart()
    {
        var inner = new CountingEmbedder();
        var cached = new CachedEmbedder(inner, 10);

        var a = cached.EmbedMessage(["a b.", "c?"], Ct);
        var b = cached.EmbedMessage(["a", "b. c?"], Ct);

        Assert.Equal(2, inner.Calls);
        Assert.NotEqual(a.Parts[0], b.Parts[0]);
    }
}
