namespace MbcBot.Search.Search;

/// <summary>
/// The ranked hits of one query plus the query statistics a caller needs to judge them: raw BM25 scores
/// depend on the query and the corpus, so compare <see cref="SearchHit.Score"/> with <see cref="MaxPossibleScore"/>
/// (normalised score = Score / MaxPossibleScore, in [0, 1)) rather than with a fixed threshold.
/// </summary>
public sealed class SearchResults
{
    public SearchResults(IReadOnlyList<SearchHit> hits, IReadOnlyList<QueryTermStatistics> queryTerms, int totalMatches)
    {
        Hits = hits;
        QueryTerms = queryTerms;
        TotalMatches = totalMatches;
        foreach (var term in queryTerms)
        {
            MaxPossibleScore += term.MaxScore;
            KnownTermCount += term.InIndex ? 1 : 0;
        }
    }

    /// <summary>Best first; ties broken by index order. At most the requested number.</summary>
    public IReadOnlyList<SearchHit> Hits { get; }

    /// <summary>The distinct analyzed query terms, in query order (empty for an all-stop-word query).</summary>
    public IReadOnlyList<QueryTermStatistics> QueryTerms { get; }

    /// <summary>Documents matching at least one term (before the top-N cut).</summary>
    public int TotalMatches { get; }

    /// <summary>Query terms that occur in the index.</summary>
    public int KnownTermCount { get; }

    /// <summary>
    /// Σ over known terms and their fields of boost · idf: a strict upper bound on any document's score for
    /// this query (each term's tfNorm is below 1). 0 when no term is known.
    /// </summary>
    public double MaxPossibleScore { get; }
}
