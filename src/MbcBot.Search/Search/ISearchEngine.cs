namespace MbcBot.Search.Search;

/// <summary>
/// Ranked retrieval over an immutable index. A query is its distinct analyzed terms, each an optional (SHOULD) clause of
/// a Lucene BooleanQuery over every field; a document's score is Σ over terms and fields of
/// boost_field · BM25(term, field) ("most_fields"), with Lucene's BM25Similarity:
/// <c>idf · (k1 + 1)·f / (f + k1·(1 − b + b·dl/avgdl))</c>, <c>idf = ln(1 + (N − n + 0.5)/(n + 0.5))</c>.
/// Implementations are thread-safe.
/// </summary>
public interface ISearchEngine
{
    /// <summary>
    /// The best <paramref name="top"/> documents for <paramref name="query"/>, best first (ties in index order). A query
    /// that is empty, only stop words or only unknown words gives no hits (not an exception).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    IReadOnlyList<SearchHit> Search(string query, int top);

    /// <summary>
    /// <see cref="Search(string, int)"/> for a query the caller has already analyzed with the index's analyzer: its
    /// distinct terms, in order (so one analysis of a question can serve the search and the caller's own scoring).
    /// </summary>
    IReadOnlyList<SearchHit> Search(IReadOnlyList<string> terms, int top);

    /// <summary>Why <paramref name="documentId"/> scores what it does: Lucene's explanation; its value is the hit's score.</summary>
    /// <exception cref="ArgumentException">No document has that id.</exception>
    Lucene.Net.Search.Explanation Explain(string query, string documentId);

    /// <summary><see cref="Explain(string, string)"/> for analyzed terms, as <see cref="Search(IReadOnlyList{string}, int)"/>.</summary>
    Lucene.Net.Search.Explanation Explain(IReadOnlyList<string> terms, string documentId);

    /// <summary>How many documents the index holds.</summary>
    int Count { get; }

    /// <summary>Every document id, in index order.</summary>
    IReadOnlyList<string> DocumentIds { get; }
}
