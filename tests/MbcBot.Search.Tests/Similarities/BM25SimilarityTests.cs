using MbcBot.Search.Similarities;

namespace MbcBot.Search.Tests.Similarities;

/// <summary>Lucene BaseSimilarityTestCase-style invariants over random statistics with a fixed seed.</summary>
public sealed class BM25SimilarityTests
{
    private const int Cases = 2000;

    [Fact]
    public void Ctor_Defaults_AreLuceneDefaults()
    {
        var similarity = new BM25Similarity();

        Assert.Equal(1.2, similarity.K1);
        Assert.Equal(0.75, similarity.B);
        Assert.Equal("BM25(k1=1.2,b=0.75)", similarity.ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ctor_IllegalK1_ThrowsNamingTheValue(double k1)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BM25Similarity(k1: k1));

        Assert.Contains("illegal k1 value: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be a non-negative finite value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Ctor_IllegalB_ThrowsNamingTheValue(double b)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BM25Similarity(b: b));

        Assert.Contains("illegal b value: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Idf_KnownValue_MatchesFormula()
    {
        // ln(1 + (10 − 2 + 0.5) / (2 + 0.5)) = ln(4.4)
        Assert.Equal(Math.Log(4.4), new BM25Similarity().Idf(2, 10), 12);
    }

    [Fact]
    public void Score_KnownValue_EqualsBoostTimesIdfTimesTfNorm()
    {
        var s = new BM25Similarity();
        var idf = s.Idf(3, 20);
        var expected = 2.0 * idf * (2.0 / (2.0 + 1.2 * (1 - 0.75 + 0.75 * 12 / 8.0)));

        Assert.Equal(expected, s.Score(2.0 * idf, 2, s.LengthNormInverse(12, 8.0)), 12);
    }

    [Fact]
    public void Score_RandomStatistics_IsFiniteNonNegativeAndEqualsExplanation()
    {
        foreach (var (s, c) in RandomCases())
        {
            var score = s.Score(c.Boost * s.Idf(c.DocFreq, c.DocCount), c.Freq, s.LengthNormInverse(c.Length, c.AvgLength));
            var explanation = s.Explain("t", c.Boost, c.DocFreq, c.DocCount, c.Freq, c.Length, c.AvgLength);

            Assert.True(double.IsFinite(score) && score >= 0, $"{s} {c}: {score}");
            Assert.Equal(score, explanation.Value);
            Assert.True(score <= c.Boost * s.Idf(c.DocFreq, c.DocCount), "tfNorm must stay below 1");
        }
    }

    [Fact]
    public void Score_HigherTermFrequency_NeverScoresLower()
    {
        foreach (var (s, c) in RandomCases())
        {
            Assert.True(Score(s, c with { Freq = c.Freq + 1 }) >= Score(s, c), $"{s} {c}");
        }
    }

    [Fact]
    public void Score_LongerDocument_NeverScoresHigher()
    {
        foreach (var (s, c) in RandomCases())
        {
            Assert.True(Score(s, c with { Length = c.Length + 1 }) <= Score(s, c), $"{s} {c}");
        }
    }

    [Fact]
    public void Score_RarerTerm_NeverScoresLower()
    {
        foreach (var (s, c) in RandomCases())
        {
            if (c.DocFreq > 1)
            {
                Assert.True(Score(s, c with { DocFreq = c.DocFreq - 1 }) >= Score(s, c), $"{s} {c}");
            }
        }
    }

    [Fact]
    public void Score_K1Zero_IgnoresTermFrequency()
    {
        var s = new BM25Similarity(k1: 0);
        var norm = s.LengthNormInverse(10, 5);

        Assert.Equal(s.Score(3, 1, norm), s.Score(3, 50, norm));
        Assert.Equal(3, s.Score(3, 1, norm));
    }

    [Fact]
    public void Explain_Description_ContainsTheFormulas()
    {
        var text = new BM25Similarity().Explain("weight(body:x)", 1, 1, 2, 1, 3, 3).ToString();

        Assert.Contains("log(1 + (N - n + 0.5) / (n + 0.5))", text, StringComparison.Ordinal);
        Assert.Contains("freq / (freq + k1 * (1 - b + b * dl / avgdl))", text, StringComparison.Ordinal);
        Assert.Contains("BM25(k1=1.2,b=0.75)", text, StringComparison.Ordinal);
    }

    private static double Score(BM25Similarity s, Case c) =>
        s.Score(c.Boost * s.Idf(c.DocFreq, c.DocCount), c.Freq, s.LengthNormInverse(c.Length, c.AvgLength));

    private static IEnumerable<(BM25Similarity, Case)> RandomCases()
    {
        var random = new Random(42);
        for (var i = 0; i < Cases; i++)
        {
            var similarity = new BM25Similarity(random.Next(4) == 0 ? 0 : random.NextDouble() * 3, random.Next(5) == 0 ? random.Next(2) : random.NextDouble());
            var docCount = random.Next(1, random.Next(2) == 0 ? 20 : 1_000_000);
            var docFreq = random.Next(1, docCount + 1);
            var length = random.Next(1, 5000);
            var avgLength = 1 + (random.NextDouble() * 1000);
            var freq = random.Next(1, length + 1);
            var boost = random.Next(3) == 0 ? 1 : 0.1 + (random.NextDouble() * 10);
            yield return (similarity, new Case(boost, docFreq, docCount, freq, length, avgLength));
        }
    }

    private sealed record Case(double Boost, long DocFreq, long DocCount, double Freq, double Length, double AvgLength);
}
