using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Search;

public sealed class SearchEngineTests
{
    private static readonly SearchEngine Engine = FixtureCorpus.Engine();

    public static TheoryData<string, string> RankingCases => new()
    {
        { "My skin and eyes have gone yellow", "liver" },
        { "I get short of breath and cough", "lungs" },
        { "what is stage IV breast cancer", "definition" },
        { "how does chemo work", "chemo" },
        { "my doctor ordered a scintigraphy", "bone" },
        { "Can I join a research study?", "trials" },
    };

    [Theory]
    [MemberData(nameof(RankingCases))]
    public void Search_FixtureQuestion_RanksExpectedPassageFirst(string query, string expectedId)
    {
        var results = Engine.Search(query, 3);

        Assert.Equal(expectedId, results.Hits[0].DocumentId);
    }

    [Fact]
    public void Search_HeadingBoost_ScalesHeadingScoresAndLiftsHeadingMatches()
    {
        var documents = new[]
        {
            FixtureCorpus.Doc("in-heading", "fatigue", "tips for everyday living at home"),
            FixtureCorpus.Doc("in-body", "everyday living", "fatigue tips at home for you"),
        };
        var neutral = SearchEngine.Build(documents, FixtureCorpus.Options(headingBoost: 1), new EnglishAnalyzer());
        var boosted = SearchEngine.Build(documents, FixtureCorpus.Options(headingBoost: 5), new EnglishAnalyzer());

        var neutralScore = neutral.Search("fatigue", 2).Hits.Single(h => h.DocumentId == "in-heading").Score;
        var boostedResults = boosted.Search("fatigue", 2);

        Assert.Equal("in-heading", boostedResults.Hits[0].DocumentId);
        Assert.Equal(5 * neutralScore, boostedResults.Hits[0].Score, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of it is not")]
    [InlineData("?!,.")]
    public void Search_EmptyOrStopWordOnlyQuery_ReturnsNoHits(string query)
    {
        var results = Engine.Search(query, 5);

        Assert.Empty(results.Hits);
        Assert.Empty(results.QueryTerms);
        Assert.Equal(0, results.MaxPossibleScore);
        Assert.Equal(0, results.TotalMatches);
    }

    [Fact]
    public void Search_UnknownWordsOnly_ReturnsNoHitsAndReportsTermsAsUnknown()
    {
        var results = Engine.Search("zebra xylophone", 5);

        Assert.Empty(results.Hits);
        Assert.Equal(["zebra", "xylophon"], results.QueryTerms.Select(t => t.Term));
        Assert.All(results.QueryTerms, t => Assert.False(t.InIndex));
        Assert.Equal(0, results.KnownTermCount);
        Assert.Equal(0, results.MaxPossibleScore);
    }

    [Fact]
    public void Search_QueryStatistics_DescribeEachDistinctTerm()
    {
        var results = Engine.Search("bone bone pain unicorn", 5);

        Assert.Equal(["bone", "pain", "unicorn"], results.QueryTerms.Select(t => t.Term));
        var bone = results.QueryTerms[0];
        Assert.True(bone.InIndex);
        Assert.Equal(2, bone.DocumentFrequency); // "bone" document, and "bones" in the definition
        Assert.Equal(Engine.Similarity.Idf(2, 6), bone.Idf);
        Assert.Equal(["heading", "body"], bone.Fields.Select(f => f.Field));
        Assert.Equal(bone.Fields.Sum(f => f.Boost * f.Idf), bone.MaxScore, 12);
        Assert.Equal(2, results.KnownTermCount);
        Assert.Equal(results.QueryTerms.Sum(t => t.MaxScore), results.MaxPossibleScore, 12);
    }

    [Fact]
    public void Search_RepeatedQueryTerm_CountsOnce()
    {
        Assert.Equal(Engine.Search("bone", 3).Hits, Engine.Search("bone bone BONES", 3).Hits);
    }

    [Fact]
    public void Search_Hits_ReportDistinctMatchedTermsAcrossFields()
    {
        var hit = Engine.Search("bone liver metastasis", 6).Hits.Single(h => h.DocumentId == "bone");

        Assert.Equal(2, hit.MatchedTermCount); // "bone" in heading and body counts once; no "liver"
    }

    [Fact]
    public void Search_Top_LimitsHitsButNotTotalMatches()
    {
        var results = Engine.Search("cancer metastasis pain", 2);

        Assert.Equal(2, results.Hits.Count);
        Assert.True(results.TotalMatches > 2);
        Assert.True(results.Hits[0].Score >= results.Hits[1].Score);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Search_NonPositiveTop_Throws(int top)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Search("bone", top));
    }

    [Fact]
    public void Search_RandomQueries_MaxPossibleScoreBoundsEveryHitAndExplainEqualsScore()
    {
        var words = "bone liver cancer metastatic chemo pain breast stage iv yellow skin cough trial the of what how spread"
            .Split(' ');
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var query = string.Join(' ', Enumerable.Range(0, random.Next(1, 7)).Select(_ => words[random.Next(words.Length)]));
            var results = Engine.Search(query, 10);
            foreach (var hit in results.Hits)
            {
                Assert.True(hit.Score < results.MaxPossibleScore, $"'{query}': {hit.Score} >= {results.MaxPossibleScore}");
                Assert.True(hit.Score > 0);
                Assert.Equal(hit.Score, Engine.Explain(query, hit.DocumentId).Value);
            }
        }
    }

    [Fact]
    public void Explain_MatchingDocument_PrintsFormulaTreeWithHitScore()
    {
        var hit = Engine.Search("bone scan", 1).Hits[0];

        var explanation = Engine.Explain("bone scan", hit.DocumentId);

        Assert.True(explanation.IsMatch);
        Assert.Equal(hit.Score, explanation.Value);
        Assert.Equal(explanation.Value, explanation.Details.Sum(d => d.Value), 12);
        Assert.Contains("weight(heading:bone in 'bone')", explanation.ToString(), StringComparison.Ordinal);
        Assert.Contains("computed as boost * idf * tf", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NonMatchingDocument_IsNoMatch()
    {
        var explanation = Engine.Explain("scintigraphy", "trials");

        Assert.False(explanation.IsMatch);
        Assert.Equal(0, explanation.Value);
    }

    [Fact]
    public void Explain_UnknownDocumentId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => Engine.Explain("bone", "nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ParallelQueries_MatchSequentialResults()
    {
        var queries = FixtureCorpusQueries();
        var sequential = queries.Select(q => Engine.Search(q, 6).Hits).ToArray();

        var parallel = new IReadOnlyList<SearchHit>[queries.Length * 20];
        Parallel.For(0, parallel.Length, i => parallel[i] = Engine.Search(queries[i % queries.Length], 6).Hits);

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % queries.Length], parallel[i]);
        }
    }

    [Fact]
    public void Search_HostileQuery_ReturnsWithoutThrowing()
    {
        var query = string.Concat(Enumerable.Repeat("bone 😀\uD800 \u202E pain\0 ", 50_000));

        var results = Engine.Search(query, 3);

        Assert.Equal("bone", results.Hits[0].DocumentId);
    }

    [Fact]
    public void Build_NoFields_ThrowsNamingOptionsFields()
    {
        var error = Assert.Throws<ArgumentException>(() => SearchEngine.Build([], new SearchEngineOptions(), new EnglishAnalyzer()));

        Assert.Contains("options.Fields", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Build_IllegalBoost_ThrowsNamingTheField(double boost)
    {
        var options = new SearchEngineOptions { Fields = [new SearchField("heading", boost)] };

        var error = Assert.Throws<ArgumentException>(() => SearchEngine.Build([], options, new EnglishAnalyzer()));

        Assert.Contains("'heading'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IllegalK1_ThrowsLuceneStyleMessage()
    {
        var options = FixtureCorpus.Options() is var o ? new SearchEngineOptions { Fields = o.Fields, K1 = -2 } : null!;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SearchEngine.Build([], options, new EnglishAnalyzer()));

        Assert.Contains("illegal k1 value: -2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyCorpus_SearchesWithoutHits()
    {
        var engine = SearchEngine.Build(Array.Empty<IndexDocument>(), FixtureCorpus.Options(), new EnglishAnalyzer());

        Assert.Empty(engine.Search("bone", 3).Hits);
        Assert.Equal(0, engine.DocumentCount);
    }

    private static string[] FixtureCorpusQueries() =>
    [
        "bone pain", "yellow skin", "stage 4", "chemo", "clinical trial", "breathless cough", "metastatic breast cancer liver",
    ];
}
