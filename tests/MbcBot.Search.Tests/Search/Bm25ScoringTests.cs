using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;
using MbcBot.Search.Tests.Testing;

namespace MbcBot.Search.Tests.Search;

/// <summary>
/// BM25 as Lucene's BM25Similarity computes it, per term and field:
/// <c>boost · idf · (k1 + 1)·tf / (tf + k1·(1 − b + b·dl/avgdl))</c>, <c>idf = ln(1 + (N − n + 0.5)/(n + 0.5))</c>,
/// N = documents, n = documents with the term, dl = the field's length (stored lossily in one byte as 1/√dl; exact for
/// dl = 1, 4, 16), avgdl = the field's total terms / documents with the field. A document's score is the sum.
/// </summary>
public sealed class Bm25ScoringTests
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    [Fact]
    public void Score_OneTermOneField_EqualsTheFormula()
    {
        // Body lengths 1, 4 and 16 (exact in Lucene's norm byte); avgdl = (1 + 4 + 16) / 3 = 7.
        using var engine = BodyOnly(
            ("d1", "alpha"),
            ("d2", "alpha beta gamma delta"),
            ("d3", string.Join(' ', Enumerable.Repeat("beta", 16))));
        var avgdl = 21.0 / 3;

        // alpha: N = 3, n = 2, tf = 1 in d1 (dl 1) and d2 (dl 4).
        var idfAlpha = Math.Log(1 + (3 - 2 + 0.5) / (2 + 0.5));
        Assert.Equal(Bm25(idfAlpha, 1, 1, avgdl), TestEngines.ScoreOf(engine, "alpha", "d1"), 5);
        Assert.Equal(Bm25(idfAlpha, 1, 4, avgdl), TestEngines.ScoreOf(engine, "alpha", "d2"), 5);

        // beta: n = 2, tf = 1 in d2 (dl 4) and tf = 16 in d3 (dl 16).
        var idfBeta = Math.Log(1 + (3 - 2 + 0.5) / (2 + 0.5));
        Assert.Equal(Bm25(idfBeta, 16, 16, avgdl), TestEngines.ScoreOf(engine, "beta", "d3"), 5);

        // Two terms: the sum of both terms' scores.
        var idfGamma = Math.Log(1 + (3 - 1 + 0.5) / (1 + 0.5));
        Assert.Equal(
            Bm25(idfAlpha, 1, 4, avgdl) + Bm25(idfBeta, 1, 4, avgdl) + Bm25(idfGamma, 1, 4, avgdl),
            TestEngines.ScoreOf(engine, "alpha beta gamma", "d2"), 5);
    }

    [Fact]
    public void Score_MoreOccurrences_ScoresHigherWithSaturation()
    {
        // Every body has 8 terms, so only tf differs: tf = 1, 2, 4, 8.
        using var engine = BodyOnly(
            ("tf1", "alpha b c d e f g h"),
            ("tf2", "alpha alpha c d e f g h"),
            ("tf4", "alpha alpha alpha alpha e f g h"),
            ("tf8", "alpha alpha alpha alpha alpha alpha alpha alpha"),
            ("none", "b c d e f g h i"));
        var s = new[] { "tf1", "tf2", "tf4", "tf8" }.Select(id => TestEngines.ScoreOf(engine, "alpha", id)).ToArray();

        Assert.True(s[0] < s[1] && s[1] < s[2] && s[2] < s[3], string.Join(", ", s));
        // Saturation: doubling tf adds less each time, and the score stays under the limit idf · (k1 + 1).
        Assert.True(s[1] - s[0] > s[2] - s[1] && s[2] - s[1] > s[3] - s[2], string.Join(", ", s));
        var idf = Math.Log(1 + (5 - 4 + 0.5) / (4 + 0.5));
        Assert.True(s[3] < idf * (K1 + 1), $"{s[3]} ≥ {idf * (K1 + 1)}");
    }

    [Fact]
    public void Score_ShorterFieldAtEqualTf_ScoresHigher()
    {
        using var engine = BodyOnly(
            ("short", "alpha beta"),
            ("long", "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"));
        Assert.True(TestEngines.ScoreOf(engine, "alpha", "short") > TestEngines.ScoreOf(engine, "alpha", "long"));
    }

    [Fact]
    public void Score_LengthNormalisationOff_IgnoresLength()
    {
        // b = 0: the denominator is tf + k1 whatever the length.
        using var engine = TestEngines.Build(
            TestEngines.Options(b: 0),
            ("short", "", "alpha beta"),
            ("long", "", "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"));
        Assert.Equal(TestEngines.ScoreOf(engine, "alpha", "short"), TestEngines.ScoreOf(engine, "alpha", "long"), 6);
    }

    [Fact]
    public void Score_RarerTerm_WeighsMore()
    {
        // "common" is in every document, "rare" in one; in d0 both have tf 1 in the same field.
        using var engine = BodyOnly(
            ("d0", "common rare"),
            ("d1", "common other"),
            ("d2", "common other"),
            ("d3", "common other"));
        var rare = TestEngines.ScoreOf(engine, "rare", "d0");
        var common = TestEngines.ScoreOf(engine, "common", "d0");
        Assert.True(rare > common, $"rare {rare} ≤ common {common}");
        Assert.True(common > 0);
        Assert.Equal("d0", engine.Search("common rare", 1)[0].DocumentId);
    }

    [Fact]
    public void Score_HeadingBoostTwo_DoublesAHeadingOnlyMatch()
    {
        (string, string, string)[] docs =
        [
            ("inHeading", "bone pain", "what to do about it"),
            ("inBody", "other words", "bone fractures happen"),
            ("neither", "liver", "jaundice"),
        ];
        using var boost1 = TestEngines.Build(TestEngines.Options(headingBoost: 1), docs);
        using var boost2 = TestEngines.Build(TestEngines.Options(headingBoost: 2), docs);

        var heading1 = TestEngines.ScoreOf(boost1, "bone", "inHeading");
        var heading2 = TestEngines.ScoreOf(boost2, "bone", "inHeading");
        Assert.Equal(2.0, heading2 / heading1, 6);
        // A body-only match does not change with the heading boost.
        Assert.Equal(TestEngines.ScoreOf(boost1, "bone", "inBody"), TestEngines.ScoreOf(boost2, "bone", "inBody"), 6);
    }

    [Fact]
    public void Score_TermInBothFields_IsTheSumOfTheFields()
    {
        // most_fields: heading and body scores add, so a match in both beats either alone.
        using var engine = TestEngines.Build(
            ("both", "bone", "bone scan"),
            ("heading", "bone", "liver scan"),
            ("body", "liver", "bone scan"));
        var both = TestEngines.ScoreOf(engine, "bone", "both");
        Assert.Equal(TestEngines.ScoreOf(engine, "bone", "heading") + TestEngines.ScoreOf(engine, "bone", "body"), both, 5);
        Assert.Equal("both", engine.Search("bone", 3)[0].DocumentId);
    }

    [Fact]
    public void Explain_EveryHit_ValueEqualsTheHitScore()
    {
        using var engine = TestEngines.Build(
            ("a", "Bone metastasis", "Pain in the bones is the most common symptom of bone metastasis."),
            ("b", "Liver metastasis", "Jaundice, pain under the ribs and swelling can be signs of liver metastasis."),
            ("c", "Treatment", "Hormone therapy and chemotherapy treat metastasis in bone and liver."));
        var hits = engine.Search("bone pain and liver metastasis", 10);

        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
        {
            var explanation = engine.Explain("bone pain and liver metastasis", hit.DocumentId);
            Assert.True(explanation.IsMatch);
            Assert.Equal(hit.Score, explanation.Value, 5);
            Assert.Contains("idf", explanation.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_NoMatchOrNoTerms_IsZero()
    {
        using var engine = TestEngines.Build(("a", "bone", "pain"), ("b", "liver", "jaundice"));
        Assert.Equal(0f, engine.Explain("bone", "b").Value);
        Assert.False(engine.Explain("bone", "b").IsMatch);
        Assert.Equal(0f, engine.Explain("the of and", "a").Value);
        Assert.Equal(0f, engine.Explain("", "a").Value);
    }

    [Fact]
    public void Explain_UnknownId_Throws()
    {
        using var engine = TestEngines.Build(("a", "bone", "pain"));
        var error = Assert.Throws<ArgumentException>(() => engine.Explain("bone", "zzz"));
        Assert.Contains("zzz", error.Message, StringComparison.Ordinal);
    }

    private static double Bm25(double idf, double tf, double dl, double avgdl) =>
        idf * (K1 + 1) * tf / (tf + K1 * (1 - B + B * dl / avgdl));

    private static SearchEngine BodyOnly(params (string Id, string Body)[] docs) =>
        SearchEngine.Build(
            docs.Select(d => new IndexDocument(d.Id, new Dictionary<string, string> { ["body"] = d.Body })),
            new SearchEngineOptions { K1 = K1, B = B, Fields = [new SearchField("body")] },
            new EnglishAnalyzer());
}
