using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;
using MbcBot.Search.Tests.Testing;

namespace MbcBot.Search.Tests.Search;

public sealed class SearchEngineTests
{
    private static readonly (string, string, string)[] Passages =
    [
        ("bones", "Bone metastasis", "Bone pain is the most common symptom when breast cancer spreads to the bones."),
        ("liver", "Liver metastasis", "Yellow skin, pain under the right ribs and swelling can be signs of liver metastasis."),
        ("brain", "Brain metastasis", "Headaches, changes in vision and seizures can be signs of brain metastasis."),
        ("treat", "Treatment", "Hormone therapy, targeted drugs and chemotherapy treat metastatic breast cancer."),
    ];

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and is it")]
    [InlineData("zebra quasar")]
    [InlineData("?!")]
    public void Search_NoUsableTerms_GivesNoHits(string query)
    {
        using var engine = TestEngines.Build(Passages);
        Assert.Empty(engine.Search(query, 10));
    }

    [Theory]
    [InlineData("bone pain when it spreads")]
    [InlineData("yellow skin and the liver")]
    [InlineData("headaches seizures")]
    public void Search_AnalyzedTerms_SameHitsAsTheText(string query)
    {
        using var engine = TestEngines.Build(Passages);
        var terms = new EnglishAnalyzer().Terms(query).Distinct(StringComparer.Ordinal).ToList();

        var byTerms = engine.Search(terms, 10);

        Assert.NotEmpty(byTerms);
        Assert.Equal(engine.Search(query, 10), byTerms);
        Assert.Equal(byTerms[0].Score, engine.Explain(terms, byTerms[0].DocumentId).Value, 4);
    }

    [Fact]
    public void Search_NoTerms_GivesNoHits()
    {
        using var engine = TestEngines.Build(Passages);
        Assert.Empty(engine.Search(Array.Empty<string>(), 10));
        Assert.Equal(0, engine.Explain(Array.Empty<string>(), "bones").Value);
    }

    [Fact]
    public void Search_NullQuery_GivesNoHits()
    {
        using var engine = TestEngines.Build(Passages);
        Assert.Empty(engine.Search((string)null!, 10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Search_TopNotPositive_Throws(int top)
    {
        using var engine = TestEngines.Build(Passages);
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Search("bone", top));
    }

    [Fact]
    public void Search_Question_RanksTheRightPassageFirstBestFirst()
    {
        using var engine = TestEngines.Build(Passages);
        var hits = engine.Search("Why do my bones hurt?", 10);

        Assert.Equal("bones", hits[0].DocumentId);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.DocumentId), hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void Search_TopSmallerThanMatches_KeepsTheBest()
    {
        using var engine = TestEngines.Build(Passages);
        var all = engine.Search("metastasis metastatic signs pain", 10);
        var two = engine.Search("metastasis metastatic signs pain", 2);

        Assert.Equal(4, all.Count);
        Assert.Equal(all.Take(2), two);
    }

    [Fact]
    public void Search_TopAboveCount_GivesEveryMatchOnce()
    {
        using var engine = TestEngines.Build(Passages);
        var hits = engine.Search("metastasis metastatic", int.MaxValue);
        Assert.Equal(["bones", "brain", "liver", "treat"], hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(engine.SearchPlain("metastasis metastatic", int.MaxValue), hits);
    }

    [Fact]
    public void Search_EqualScores_KeepIndexOrder()
    {
        using var engine = TestEngines.Build(("c", "same", "words here"), ("a", "same", "words here"), ("b", "same", "words here"));
        var hits = engine.Search("words", 10);
        Assert.Equal(["c", "a", "b"], hits.Select(h => h.DocumentId));
        Assert.Single(hits.Select(h => h.Score).Distinct());
    }

    [Fact]
    public void Search_RepeatedQueryWord_CountsOnce()
    {
        // A query is its distinct terms: "bone bone bone" scores like "bone".
        using var engine = TestEngines.Build(Passages);
        Assert.Equal(engine.Search("bone", 10), engine.Search("bone Bones bone", 10));
    }

    [Fact]
    public void Count_AndDocumentIds_AreInIndexOrder()
    {
        using var engine = TestEngines.Build(Passages);
        Assert.Equal(4, engine.Count);
        Assert.Equal(["bones", "liver", "brain", "treat"], engine.DocumentIds);
    }

    [Fact]
    public void Build_DuplicateId_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TestEngines.Build(("same", "a", "b"), ("other", "c", "d"), ("same", "e", "f")));
        Assert.Contains("same", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UndeclaredField_Throws()
    {
        var doc = new IndexDocument("x", new Dictionary<string, string> { ["heading"] = "a", ["questions"] = "b" });
        var error = Assert.Throws<ArgumentException>(() => SearchEngine.Build([doc], TestEngines.Options(), new EnglishAnalyzer()));
        Assert.Contains("questions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DocumentWithoutAField_StillMatchesOnTheOthers()
    {
        var docs = new[]
        {
            new IndexDocument("heading-only", new Dictionary<string, string> { ["heading"] = "bone pain" }),
            TestEngines.Doc("both", "liver", "jaundice"),
        };
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());
        Assert.Equal("heading-only", Assert.Single(engine.Search("bone", 10)).DocumentId);
    }

    public static TheoryData<string, SearchEngineOptions> InvalidOptions() => new()
    {
        { "K1", new SearchEngineOptions { K1 = -0.1, Fields = [new SearchField("body")] } },
        { "K1", new SearchEngineOptions { K1 = double.NaN, Fields = [new SearchField("body")] } },
        { "K1", new SearchEngineOptions { K1 = double.PositiveInfinity, Fields = [new SearchField("body")] } },
        { "B", new SearchEngineOptions { B = -0.01, Fields = [new SearchField("body")] } },
        { "B", new SearchEngineOptions { B = 1.01, Fields = [new SearchField("body")] } },
        { "B", new SearchEngineOptions { B = double.NaN, Fields = [new SearchField("body")] } },
        { "Fields", new SearchEngineOptions { Fields = [] } },
        { "Fields", new SearchEngineOptions { Fields = [new SearchField("body"), new SearchField("body", 2)] } },
        { "Fields", new SearchEngineOptions { Fields = [new SearchField("body"), new SearchField(SearchEngine.IdField)] } },
        { "Fields", new SearchEngineOptions { Fields = [new SearchField("body", 0)] } },
        { "Fields", new SearchEngineOptions { Fields = [new SearchField("body", -1)] } },
        { "Fields", new SearchEngineOptions { Fields = [new SearchField("body", double.NaN)] } },
        { "Fields", new SearchEngineOptions { Fields = [new SearchField("body", double.PositiveInfinity)] } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Build_InvalidOptions_ThrowsNamingTheOption(string parameter, SearchEngineOptions options)
    {
        var docs = new[] { new IndexDocument("x", new Dictionary<string, string> { ["body"] = "bone" }) };
        var error = Assert.ThrowsAny<ArgumentException>(() => SearchEngine.Build(docs, options, new EnglishAnalyzer()));
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Open_InvalidOptions_ThrowsBeforeTouchingTheFolder(string parameter, SearchEngineOptions options)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => SearchEngine.Open("/nonexistent/index", options, new EnglishAnalyzer()));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Options_Boundaries_AreValid()
    {
        // k1 = 0 (tf ignored), b = 0 and b = 1 are legal BM25 settings.
        foreach (var (k1, b) in new[] { (0.0, 0.0), (0.0, 1.0), (3.0, 1.0) })
        {
            using var engine = TestEngines.Build(TestEngines.Options(k1: k1, b: b), ("a", "bone", "pain"));
            Assert.True(engine.Search("bone", 1)[0].Score > 0, $"k1 {k1}, b {b}");
        }
    }

    [Fact]
    public void WriteThenOpen_GivesIdenticalHits()
    {
        var docs = TestEngines.GeneratedCorpus(500, seed: 7, out var queries);
        var folder = Directory.CreateTempSubdirectory("mbcbot-index-");
        try
        {
            using var built = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());
            SearchEngine.Write(folder.FullName, docs, TestEngines.Options(), new EnglishAnalyzer());
            using var opened = SearchEngine.Open(folder.FullName, TestEngines.Options(), new EnglishAnalyzer());

            Assert.Equal(built.DocumentIds, opened.DocumentIds);
            var compared = 0;
            foreach (var query in queries.Take(100))
            {
                var expected = built.Search(query, 10);
                Assert.Equal(expected, opened.Search(query, 10));
                compared += expected.Count;
            }

            Assert.True(compared > 500, $"only {compared} hits compared");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Write_ExistingIndex_IsReplaced()
    {
        var folder = Directory.CreateTempSubdirectory("mbcbot-index-");
        try
        {
            SearchEngine.Write(folder.FullName, [TestEngines.Doc("old", "bone", "pain")], TestEngines.Options(), new EnglishAnalyzer());
            SearchEngine.Write(folder.FullName, [TestEngines.Doc("new", "liver", "pain")], TestEngines.Options(), new EnglishAnalyzer());
            using var opened = SearchEngine.Open(folder.FullName, TestEngines.Options(), new EnglishAnalyzer());
            Assert.Equal(["new"], opened.DocumentIds);
            Assert.Empty(opened.Search("bone", 10));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Open_EmptyFolder_ThrowsIOException()
    {
        var folder = Directory.CreateTempSubdirectory("mbcbot-index-");
        try
        {
            var error = Assert.Throws<IOException>(() => SearchEngine.Open(folder.FullName, TestEngines.Options(), new EnglishAnalyzer()));
            Assert.Contains(folder.FullName, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Search_ManyThreads_GiveTheSameResults()
    {
        var docs = TestEngines.GeneratedCorpus(2000, seed: 3, out var queries);
        using var engine = SearchEngine.Build(docs, TestEngines.Options(), new EnglishAnalyzer());
        // Expected from Lucene's plain BooleanQuery, so the threads below are the first to fill the engine's cache of
        // per-term MaxScore bounds, concurrently.
        var expected = queries.Select(q => engine.SearchPlain(q, 10)).ToArray();
        Assert.True(expected.Count(e => e.Count == 10) > queries.Count / 2);

        var mismatches = 0;
        Parallel.For(0, queries.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var q = i % queries.Count;
            if (!engine.Search(queries[q], 10).SequenceEqual(expected[q]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.Equal(0, mismatches);
    }
}
