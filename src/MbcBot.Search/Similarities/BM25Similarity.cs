using System.Globalization;
using MbcBot.Search.Search;

namespace MbcBot.Search.Similarities;

/// <summary>
/// Okapi BM25 as in Lucene 8+ (Robertson et al., "Okapi at TREC-3"; LUCENE-8563 dropped the (k1+1) factor):
/// <code>
/// idf    = ln(1 + (N − n + 0.5) / (n + 0.5))          N = docs with the field, n = docs with the term
/// tfNorm = f / (f + k1 · (1 − b + b · dl / avgdl))     f = term freq in the doc, dl = doc field length
/// score  = boost · idf · tfNorm
/// </code>
/// idf is never negative and tfNorm is in [0, 1), so boost · idf bounds a term's score. Document lengths are
/// exact token counts (Lucene stores them lossily in one byte). Like current Lucene, the score is computed as
/// w − w / (1 + f / K) with w = boost · idf and K = k1 · (1 − b + b · dl/avgdl), which equals w · tfNorm but is
/// monotone in f and dl even after floating-point rounding. Immutable and thread-safe.
/// </summary>
public sealed class BM25Similarity
{
    /// <summary>Default term-frequency saturation.</summary>
    public const double DefaultK1 = 1.2;

    /// <summary>Default length normalisation.</summary>
    public const double DefaultB = 0.75;

    /// <param name="k1">Term-frequency saturation: any non-negative finite value; 0 ignores frequency.</param>
    /// <param name="b">Length normalisation in [0, 1]: 0 ignores length, 1 normalises fully.</param>
    public BM25Similarity(double k1 = DefaultK1, double b = DefaultB)
    {
        if (!double.IsFinite(k1) || k1 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(k1), k1, $"illegal k1 value: {Format(k1)}, must be a non-negative finite value");
        }

        if (double.IsNaN(b) || b < 0 || b > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, $"illegal b value: {Format(b)}, must be between 0 and 1");
        }

        K1 = k1;
        B = b;
    }

    public double K1 { get; }

    public double B { get; }

    /// <summary>idf = ln(1 + (docCount − docFreq + 0.5) / (docFreq + 0.5)).</summary>
    public double Idf(long docFreq, long docCount) => Math.Log(1 + ((docCount - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>avgdl = sumTotalTermFreq / docCount (1 when the field is empty everywhere).</summary>
    public double AverageFieldLength(long sumTotalTermFreq, long docCount) =>
        docCount == 0 ? 1 : (double)sumTotalTermFreq / docCount;

    /// <summary>1 / K with K = k1 · (1 − b + b · dl / avgdl); precomputed per document and field.</summary>
    public double LengthNormInverse(double docLength, double averageLength) =>
        1 / (K1 * (1 - B + (B * docLength / averageLength)));

    /// <summary>tfNorm = f / (f + K), computed as 1 − 1 / (1 + f / K).</summary>
    public double TfNorm(double freq, double docLength, double averageLength) =>
        1 - (1 / (1 + (freq * LengthNormInverse(docLength, averageLength))));

    /// <summary>score = weight · tfNorm with weight = boost · idf, computed as w − w / (1 + f / K).</summary>
    public double Score(double weight, double freq, double lengthNormInverse) =>
        weight - (weight / (1 + (freq * lengthNormInverse)));

    /// <summary>Explains <see cref="Score"/> for one term in one field of one document.</summary>
    public Explanation Explain(string description, double boost, long docFreq, long docCount, double freq, double docLength, double averageLength)
    {
        var idf = Idf(docFreq, docCount);
        var score = Score(boost * idf, freq, LengthNormInverse(docLength, averageLength));
        return Explanation.Match(
            score,
            $"{description} [{this}], computed as boost * idf * tf from:",
            Explanation.Match(boost, "boost"),
            Explanation.Match(
                idf,
                "idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:",
                Explanation.Match(docFreq, "n, number of documents containing term"),
                Explanation.Match(docCount, "N, total number of documents with field")),
            Explanation.Match(
                TfNorm(freq, docLength, averageLength),
                "tf, computed as freq / (freq + k1 * (1 - b + b * dl / avgdl)) from:",
                Explanation.Match(freq, "freq, occurrences of term within document"),
                Explanation.Match(K1, "k1, term saturation parameter"),
                Explanation.Match(B, "b, length normalization parameter"),
                Explanation.Match(docLength, "dl, length of field"),
                Explanation.Match(averageLength, "avgdl, average length of field")));
    }

    public override string ToString() => $"BM25(k1={Format(K1)},b={Format(B)})";

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
