using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;
using MbcBot.Search.Similarities;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Index;

public sealed class InvertedIndexTests
{
    private static readonly SearchField[] Fields = [new("heading", 2), new("body")];

    [Fact]
    public void Build_Documents_RecordsExactLengthsCountsAndPostings()
    {
        var index = Build(
            FixtureCorpus.Doc("a", "bone pain", "bone bone liver"),
            FixtureCorpus.Doc("b", "", "the liver"),
            FixtureCorpus.Doc("c", "lungs", "cough"));

        var heading = index.Fields[0];
        var body = index.Fields[1];
        Assert.Equal([2, 0, 1], heading.Lengths);
        Assert.Equal(2, heading.DocumentCount);
        Assert.Equal(1.5, heading.AverageLength);
        Assert.Equal([3, 1, 1], body.Lengths);
        Assert.Equal(3, body.DocumentCount);
        Assert.Equal(5.0 / 3, body.AverageLength, 12);
        Assert.Equal([0], body.Terms["bone"].Documents);
        Assert.Equal([2], body.Terms["bone"].Frequencies);
        Assert.Equal([0, 1], body.Terms["liver"].Documents);
        Assert.Equal(2, index.DocumentFrequency("liver"));
        Assert.Equal(1, index.DocumentFrequency("bone"));
        Assert.Equal(0, index.DocumentFrequency("brain"));
    }

    [Fact]
    public void Build_DocumentWithoutAField_IndexesTheOthers()
    {
        var index = Build(new IndexDocument("only-body", new Dictionary<string, string> { ["body"] = "brain" }));

        Assert.Equal([0], index.Fields[0].Lengths);
        Assert.Equal(0, index.Fields[0].DocumentCount);
        Assert.True(index.TryGetOrdinal("only-body", out var ordinal));
        Assert.Equal(0, ordinal);
    }

    [Fact]
    public void Build_DuplicateId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(FixtureCorpus.Doc("x", "a", "b"), FixtureCorpus.Doc("x", "c", "d")));

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UndeclaredField_ThrowsNamingDocumentAndField()
    {
        var document = new IndexDocument("d1", new Dictionary<string, string> { ["title"] = "x" });

        var error = Assert.Throws<ArgumentException>(() => Build(document));

        Assert.Contains("'d1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LengthNorms_ArePrecomputedFromTheSimilarity()
    {
        var similarity = new BM25Similarity();
        var index = InvertedIndex.Build([FixtureCorpus.Doc("a", "x", "one two three"), FixtureCorpus.Doc("b", "y", "one")], Fields, new EnglishAnalyzer(), similarity);

        Assert.Equal(similarity.LengthNormInverse(3, 2), index.Fields[1].LengthNormInverse[0]);
    }

    private static InvertedIndex Build(params IndexDocument[] documents) =>
        InvertedIndex.Build(documents, Fields, new EnglishAnalyzer(), new BM25Similarity());
}
