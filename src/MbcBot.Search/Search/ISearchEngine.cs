namespace MbcBot.Search.Search;

/// <summary>
/// Ranked retrieval over an immutable index. A query is its distinct analyzed terms, each an optional
/// (SHOULD) clause; a term repeated in the query counts once. A document's score is the sum over query terms
/// and fields of boost_field · BM25(term, field) ("most_fields"): matching in both heading and body adds up.
/// Implementations are thread-safe.
/// </summary>
public interface ISearchEngine
{
    /// <summary>
    /// The best <paramref name="top"/> documents for <paramref name="query"/>. A query that is empty, only stop
    /// words or only unknown words gives no hits (not an exception).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    SearchResults Search(string query, int top);

    /// <summary>Why <paramref name="documentId"/> scores what it does for <paramref name="query"/>; the root value equals the hit's score.</summary>
    /// <exception cref="ArgumentException">No document has that id.</exception>
    Explanation Explain(string query, string documentId);
}
