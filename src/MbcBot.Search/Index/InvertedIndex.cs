using System.Collections.Frozen;
using MbcBot.Search.Analysis;
using MbcBot.Search.Search;
using MbcBot.Search.Similarities;

namespace MbcBot.Search.Index;

/// <summary>
/// An immutable inverted index over a fixed set of documents, built once. Documents are addressed by
/// ordinal (their order in the input); <see cref="DocumentIds"/> maps back to ids. Thread-safe after construction:
/// nothing is mutated, so any number of queries may read it at once.
/// </summary>
internal sealed class InvertedIndex
{
    private readonly FrozenDictionary<string, int> _ordinals;
    private readonly FrozenDictionary<string, int> _anyFieldDocumentFrequency;

    private InvertedIndex(string[] documentIds, FieldIndex[] fields, FrozenDictionary<string, int> anyFieldDocumentFrequency)
    {
        DocumentIds = documentIds;
        Fields = fields;
        _anyFieldDocumentFrequency = anyFieldDocumentFrequency;
        _ordinals = documentIds.Select((id, ordinal) => (id, ordinal)).ToFrozenDictionary(p => p.id, p => p.ordinal, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> DocumentIds { get; }

    public int DocumentCount => DocumentIds.Count;

    /// <summary>The fields in the caller's declared order (which is also the scoring summation order).</summary>
    public FieldIndex[] Fields { get; }

    public bool TryGetOrdinal(string documentId, out int ordinal) => _ordinals.TryGetValue(documentId, out ordinal);

    /// <summary>Documents containing <paramref name="term"/> in at least one field.</summary>
    public int DocumentFrequency(string term) => _anyFieldDocumentFrequency.GetValueOrDefault(term);

    public static InvertedIndex Build(IEnumerable<IndexDocument> documents, IReadOnlyList<SearchField> fields, Analyzer analyzer, BM25Similarity similarity)
    {
        var builders = new FieldIndexBuilder[fields.Count];
        var fieldOrdinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < fields.Count; f++)
        {
            builders[f] = new FieldIndexBuilder(fields[f].Name, fields[f].Boost);
            fieldOrdinals[fields[f].Name] = f;
        }

        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anyField = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            if (!seen.Add(document.Id))
            {
                throw new ArgumentException($"Duplicate document id '{document.Id}'.", nameof(documents));
            }

            foreach (var name in document.Fields.Keys)
            {
                if (!fieldOrdinals.ContainsKey(name))
                {
                    throw new ArgumentException($"Document '{document.Id}' has field '{name}', which the options do not declare.", nameof(documents));
                }
            }

            documentTerms.Clear();
            for (var f = 0; f < fields.Count; f++)
            {
                var text = document.Fields.GetValueOrDefault(fields[f].Name) ?? string.Empty;
                var terms = AnalyzeTerms(analyzer, text);
                builders[f].Add(ids.Count, terms);
                documentTerms.UnionWith(terms);
            }

            foreach (var term in documentTerms)
            {
                anyField[term] = anyField.GetValueOrDefault(term) + 1;
            }

            ids.Add(document.Id);
        }

        var built = Array.ConvertAll(builders, builder => builder.Build(similarity));
        return new InvertedIndex([.. ids], built, anyField.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static List<string> AnalyzeTerms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        foreach (var token in analyzer.Analyze(text))
        {
            terms.Add(token.Term);
        }

        return terms;
    }
}
