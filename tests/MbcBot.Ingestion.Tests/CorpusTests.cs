namespace MbcBot.Ingestion.Tests;

public sealed class CorpusTests
{
    private static CorpusDocument Document(string id, params string[] texts) =>
        new(id, "T", "P", null, null, null, null, "000.txt",
            texts.Select((t, i) => new Passage($"{id}#{i + 1}", id, "H", t, [], i + 1)).ToArray());

    [Fact]
    public void Passages_SeveralDocuments_AreInDocumentThenPassageOrder()
    {
        var corpus = new Corpus([Document("b", "b1", "b2"), Document("a", "a1")]);

        Assert.Equal(["b#1", "b#2", "a#1"], corpus.Passages.Select(p => p.Id));
    }

    [Fact]
    public void GetDocument_KnownId_ReturnsDocument()
    {
        var corpus = new Corpus([Document("a", "x"), Document("b", "y")]);

        Assert.Equal("b", corpus.GetDocument("b").Id);
    }

    [Fact]
    public void GetDocument_UnknownId_ThrowsNamingTheId()
    {
        var corpus = new Corpus([Document("a", "x")]);

        var error = Assert.Throws<KeyNotFoundException>(() => corpus.GetDocument("zz"));

        Assert.Contains("'zz'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_DuplicateIds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Corpus([Document("a", "x"), Document("a", "y")]));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }
}
