using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Similarities;

namespace MbcBot.Search.Search;

/// <summary>
/// BM25 retrieval over an immutable <see cref="InvertedIndex"/> (see <see cref="ISearchEngine"/> for the
/// scoring model). Build once with <see cref="Build"/> and share: instances are immutable and thread-safe;
/// to change the corpus, build a new engine and swap the reference.
/// </summary>
public sealed class SearchEngine : ISearchEngine
{
    private readonly InvertedIndex _index;
    private readonly Analyzer _analyzer;

    private SearchEngine(InvertedIndex index, Analyzer analyzer, BM25Similarity similarity)
    {
        _index = index;
        _analyzer = analyzer;
        Similarity = similarity;
    }

    public BM25Similarity Similarity { get; }

    public int DocumentCount => _index.DocumentCount;

    /// <summary>Analyzes and indexes <paramref name="documents"/> once.</summary>
    /// <exception cref="ArgumentException">Invalid options, a duplicate id or an undeclared field (message names it).</exception>
    public static SearchEngine Build(IEnumerable<IndexDocument> documents, SearchEngineOptions options, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyzer);
        ValidateFields(options.Fields);
        var similarity = new BM25Similarity(options.K1, options.B);
        return new SearchEngine(InvertedIndex.Build(documents, options.Fields, analyzer, similarity), analyzer, similarity);
    }

    public SearchResults Search(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var compiled = CompiledQuery.Create(query, _analyzer, _index, Similarity);
        var scores = new double[_index.DocumentCount];
        var matchedTerms = new int[_index.DocumentCount];
        var lastTerm = new int[_index.DocumentCount]; // 1 + index of the last term counted for the document
        var matches = new List<int>();
        for (var t = 0; t < compiled.Clauses.Length; t++)
        {
            foreach (var clause in compiled.Clauses[t])
            {
                var documents = clause.Postings.Documents;
                var frequencies = clause.Postings.Frequencies;
                var normInverse = clause.Field.LengthNormInverse;
                for (var i = 0; i < documents.Length; i++)
                {
                    var doc = documents[i];
                    scores[doc] += Similarity.Score(clause.Weight, frequencies[i], normInverse[doc]);
                }
            }

            MarkMatched(compiled.Clauses[t], t + 1, lastTerm, matchedTerms, matches);
        }

        matches.Sort((x, y) => scores[y].CompareTo(scores[x]) is var c && c != 0 ? c : x.CompareTo(y));
        var hits = new SearchHit[Math.Min(top, matches.Count)];
        for (var i = 0; i < hits.Length; i++)
        {
            var doc = matches[i];
            hits[i] = new SearchHit(_index.DocumentIds[doc], scores[doc], matchedTerms[doc]);
        }

        return new SearchResults(hits, compiled.Terms, matches.Count);
    }

    public Explanation Explain(string query, string documentId)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(documentId);
        if (!_index.TryGetOrdinal(documentId, out var doc))
        {
            throw new ArgumentException($"No document has id '{documentId}'.", nameof(documentId));
        }

        var compiled = CompiledQuery.Create(query, _analyzer, _index, Similarity);
        var details = new List<Explanation>();
        var sum = 0.0;
        for (var t = 0; t < compiled.Clauses.Length; t++)
        {
            foreach (var clause in compiled.Clauses[t])
            {
                var i = Array.BinarySearch(clause.Postings.Documents, doc);
                if (i < 0)
                {
                    continue;
                }

                var field = clause.Field;
                var explanation = Similarity.Explain(
                    $"weight({field.Name}:{compiled.Terms[t].Term} in '{documentId}')",
                    field.Boost,
                    clause.Postings.DocumentFrequency,
                    field.DocumentCount,
                    clause.Postings.Frequencies[i],
                    field.Lengths[doc],
                    field.AverageLength);
                sum += explanation.Value;
                details.Add(explanation);
            }
        }

        return details.Count == 0
            ? Explanation.NoMatch($"no query term occurs in '{documentId}'")
            : Explanation.Match(sum, $"sum of per-field, per-term scores ({details.Count} clauses) for '{documentId}':", details);
    }

    /// <summary>Counts term <paramref name="termStamp"/> once per document, however many fields it matched in.</summary>
    private static void MarkMatched(TermClause[] clauses, int termStamp, int[] lastTerm, int[] matchedTerms, List<int> matches)
    {
        foreach (var clause in clauses)
        {
            foreach (var doc in clause.Postings.Documents)
            {
                if (lastTerm[doc] == termStamp)
                {
                    continue;
                }

                lastTerm[doc] = termStamp;
                if (matchedTerms[doc]++ == 0)
                {
                    matches.Add(doc);
                }
            }
        }
    }

    private static void ValidateFields(IReadOnlyList<SearchField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields, "options.Fields");
        if (fields.Count == 0)
        {
            throw new ArgumentException("options.Fields must declare at least one field.", "options");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field, "options.Fields");
            if (string.IsNullOrWhiteSpace(field.Name) || !names.Add(field.Name))
            {
                throw new ArgumentException($"options.Fields: field name '{field.Name}' is empty or repeated.", "options");
            }

            if (!double.IsFinite(field.Boost) || field.Boost <= 0)
            {
                throw new ArgumentException($"options.Fields: illegal boost {field.Boost} for field '{field.Name}', must be a positive finite value.", "options");
            }
        }
    }
}
