using System.Collections.Frozen;
using MbcBot.Search.Similarities;

namespace MbcBot.Search.Index;

/// <summary>Accumulates one field's postings document by document, then freezes them into a <see cref="FieldIndex"/>.</summary>
internal sealed class FieldIndexBuilder
{
    private readonly string _name;
    private readonly double _boost;
    private readonly Dictionary<string, (List<int> Documents, List<int> Frequencies)> _terms = new(StringComparer.Ordinal);
    private readonly List<int> _lengths = [];
    private readonly Dictionary<string, int> _documentTerms = new(StringComparer.Ordinal);

    public FieldIndexBuilder(string name, double boost)
    {
        _name = name;
        _boost = boost;
    }

    /// <summary>Adds the next document's analyzed terms (documents must come in ordinal order).</summary>
    public void Add(int ordinal, IReadOnlyList<string> terms)
    {
        _documentTerms.Clear();
        foreach (var term in terms)
        {
            _documentTerms[term] = _documentTerms.GetValueOrDefault(term) + 1;
        }

        foreach (var (term, frequency) in _documentTerms)
        {
            if (!_terms.TryGetValue(term, out var postings))
            {
                postings = ([], []);
                _terms.Add(term, postings);
            }

            postings.Documents.Add(ordinal);
            postings.Frequencies.Add(frequency);
        }

        _lengths.Add(terms.Count);
    }

    public FieldIndex Build(BM25Similarity similarity)
    {
        var lengths = _lengths.ToArray();
        var documentCount = 0;
        long sum = 0;
        foreach (var length in lengths)
        {
            documentCount += length > 0 ? 1 : 0;
            sum += length;
        }

        var averageLength = similarity.AverageFieldLength(sum, documentCount);
        var normInverse = new double[lengths.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            normInverse[i] = similarity.LengthNormInverse(lengths[i], averageLength);
        }

        var terms = _terms.ToFrozenDictionary(
            pair => pair.Key,
            pair => new Postings([.. pair.Value.Documents], [.. pair.Value.Frequencies]),
            StringComparer.Ordinal);
        return new FieldIndex(_name, _boost, terms, lengths, documentCount, sum, averageLength, normInverse);
    }
}
