using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Similarities;

namespace MbcBot.Search.Search;

/// <summary>
/// A query resolved against the index once: its distinct analyzed terms (first occurrence order) and, for
/// each, the fields holding it with their weights. Scoring and explaining both walk
/// <see cref="Clauses"/> in this order (term, then field), so their sums are bit-for-bit identical.
/// </summary>
internal sealed class CompiledQuery
{
    private CompiledQuery(QueryTermStatistics[] terms, TermClause[][] clauses)
    {
        Terms = terms;
        Clauses = clauses;
    }

    public QueryTermStatistics[] Terms { get; }

    /// <summary>Per term (same index as <see cref="Terms"/>), the clauses of the fields that contain it.</summary>
    public TermClause[][] Clauses { get; }

    public static CompiledQuery Create(string query, Analyzer analyzer, InvertedIndex index, BM25Similarity similarity)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<QueryTermStatistics>();
        var clauses = new List<TermClause[]>();
        foreach (var token in analyzer.Analyze(query))
        {
            if (!seen.Add(token.Term))
            {
                continue; // a repeated query term counts once
            }

            var termClauses = new List<TermClause>();
            var fieldStatistics = new List<FieldTermStatistics>();
            var maxScore = 0.0;
            foreach (var field in index.Fields)
            {
                if (!field.Terms.TryGetValue(token.Term, out var postings))
                {
                    continue;
                }

                var idf = similarity.Idf(postings.DocumentFrequency, field.DocumentCount);
                var weight = field.Boost * idf;
                termClauses.Add(new TermClause(field, postings, weight, idf));
                fieldStatistics.Add(new FieldTermStatistics(field.Name, postings.DocumentFrequency, field.DocumentCount, idf, field.Boost, weight));
                maxScore += weight;
            }

            var documentFrequency = index.DocumentFrequency(token.Term);
            terms.Add(new QueryTermStatistics(
                token.Term,
                termClauses.Count > 0,
                documentFrequency,
                similarity.Idf(documentFrequency, index.DocumentCount),
                maxScore,
                fieldStatistics));
            clauses.Add([.. termClauses]);
        }

        return new CompiledQuery([.. terms], [.. clauses]);
    }
}
