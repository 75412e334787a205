namespace MbcBot.Search.Search;

/// <summary>One ranked document.</summary>
/// <param name="DocumentId">The id given at index time.</param>
/// <param name="Score">Σ over query terms and fields of boost · BM25 (see <see cref="ISearchEngine"/>).</param>
public sealed record SearchHit(string DocumentId, double Score);
