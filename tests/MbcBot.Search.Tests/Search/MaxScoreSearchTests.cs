using MbcBot.Search.Analysis;
using MbcBot.Search.Search;
using MbcBot.Search.Tests.Testing;

namespace MbcBot.Search.Tests.Search;

/// <summary>
/// <see cref="SearchEngine.Search"/> prunes with MaxScore; it must return exactly what Lucene's exhaustive BooleanQuery
/// (<see cref="SearchEngine.SearchPlain"/>) returns: the same ids in the same order with the same scores.
/// </summary>
public sealed class MaxScoreSearchTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 10)]
    [InlineData(5, 50)]
    public void Search_GeneratedCorpus_EqualsLucenesBooleanQuery(int seed, int top)
    {
        var docs = TestEngines.GeneratedCorpus(3000, seed, out var queries);
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());

        var full = 0;
        foreach (var query in queries)
        {
            var expected = engine.SearchPlain(query, top);
            var actual = engine.Search(query, top);
            Assert.Equal(expected.Select(h => h.DocumentId), actual.Select(h => h.DocumentId));
            Assert.Equal(expected.Select(h => h.Score), actual.Select(h => h.Score));
            if (expected.Count == top) full++;
        }

        // Most queries fill the top k, so the pruning (which starts once k documents are held) was exercised.
        Assert.True(full > queries.Count / 2, $"only {full} of {queries.Count} queries filled the top {top}");
    }

    [Theory]
    [InlineData(0)] // one document a window
    [InlineData(4)]
    [InlineData(7)]
    public void Search_SmallBoundWindows_EqualsLucenesBooleanQuery(int windowBits)
    {
        // 1,500 documents over many windows: every window edge, skipped window and per-window clause order is crossed.
        var docs = TestEngines.GeneratedCorpus(1500, seed: 9, out var queries);
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());
        foreach (var query in queries.Take(120))
        {
            foreach (var top in new[] { 1, 10 })
            {
                Assert.Equal(engine.SearchPlain(query, top), engine.SearchWithWindowBits(query, top, windowBits));
            }
        }
    }

    [Theory]
    [InlineData(0)]         // no postings kept: every clause walks Lucene's scorer
    [InlineData(15)]        // rare terms from memory, common ones from the scorer, in the same query
    [InlineData(1_000_000)] // every clause from memory
    public void Search_PostingsKeptOrNot_EqualsLucenesBooleanQuery(int maxCachedPostings)
    {
        var docs = TestEngines.GeneratedCorpus(1500, seed: 13, out var queries);
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());
        foreach (var query in queries.Take(150))
        {
            foreach (var top in new[] { 1, 10 })
            {
                Assert.Equal(
                    engine.SearchPlain(query, top),
                    engine.SearchWithWindowBits(query, top, MaxScoreSearch.DefaultWindowBits, maxCachedPostings));
            }
        }
    }

    [Fact]
    public void Search_WordsNotInTheIndex_EqualsLucenesBooleanQuery()
    {
        var docs = TestEngines.GeneratedCorpus(300, seed: 17, out var queries);
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());

        foreach (var query in queries.Take(40).Select((q, i) => $"{q} zqxv{i} 90210").Append("zqxv nosuchword 12345"))
        {
            Assert.Equal(engine.SearchPlain(query, 10), engine.Search(query, 10));
        }

        Assert.Empty(engine.Search("zqxv nosuchword 12345", 10));
    }

    [Fact]
    public void Search_CommonWordsAndTies_EqualsLucenesBooleanQuery()
    {
        // Many identical documents (equal scores: index order decides) and words in every document (idf near 0).
        var docs = Enumerable.Range(0, 400).Select(i => TestEngines.Doc(
            $"d{i:D3}",
            i % 3 == 0 ? "bone pain" : "general",
            i % 7 == 0 ? "bone pain in the spine common words" : i % 2 == 0 ? "common words only" : "common words liver")).ToList();
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());

        foreach (var query in new[] { "common", "common words", "bone", "bone pain common", "liver spine", "words liver bone" })
        {
            foreach (var top in new[] { 1, 5, 10, 100, 1000 })
            {
                Assert.Equal(engine.SearchPlain(query, top), engine.Search(query, top));
            }
        }
    }

    [Fact]
    public void Search_AfterWriteAndOpen_EqualsLucenesBooleanQuery()
    {
        var docs = TestEngines.GeneratedCorpus(800, seed: 11, out var queries);
        var folder = Directory.CreateTempSubdirectory("mbcbot-index-");
        try
        {
            SearchEngine.Write(folder.FullName, docs, TestEngines.Options(), new EnglishAnalyzer());
            using var engine = SearchEngine.Open(folder.FullName, TestEngines.Options(), new EnglishAnalyzer());
            foreach (var query in queries.Take(100))
            {
                Assert.Equal(engine.SearchPlain(query, 10), engine.Search(query, 10));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
