using System.Collections.Frozen;

namespace MbcBot.Search.Index;

/// <summary>
/// The inverted index of one field: term → <see cref="Postings"/>, exact per-document lengths (token counts
/// after analysis), and the statistics BM25 needs. <see cref="LengthNormInverse"/> caches BM25's per-document
/// 1/K so queries do no length arithmetic. Immutable.
/// </summary>
internal sealed class FieldIndex
{
    public FieldIndex(
        string name,
        double boost,
        FrozenDictionary<string, Postings> terms,
        int[] lengths,
        int documentCount,
        long sumTotalTermFrequency,
        double averageLength,
        double[] lengthNormInverse)
    {
        Name = name;
        Boost = boost;
        Terms = terms;
        Lengths = lengths;
        AverageLength = averageLength;
        LengthNormInverse = lengthNormInverse;
        DocumentCount = documentCount;
        SumTotalTermFrequency = sumTotalTermFrequency;
    }

    public string Name { get; }

    public double Boost { get; }

    public FrozenDictionary<string, Postings> Terms { get; }

    /// <summary>Token count per document ordinal (0 when the document lacks the field).</summary>
    public int[] Lengths { get; }

    /// <summary>N in the idf formula: documents with at least one token in this field (Lucene 8+ docCount).</summary>
    public int DocumentCount { get; }

    public long SumTotalTermFrequency { get; }

    public double AverageLength { get; }

    /// <summary>BM25's 1/K per document ordinal, see <see cref="Similarities.BM25Similarity.LengthNormInverse"/>.</summary>
    public double[] LengthNormInverse { get; }
}
