namespace MbcBot.Search.Search;

/// <summary>One ranked document.</summary>
/// <param name="DocumentId">The id given at index time.</param>
/// <param name="Score">Sum of per-field, per-term BM25 scores (see <see cref="ISearchEngine"/>).</param>
/// <param name="MatchedTermCount">How many distinct query terms occur in the document (any field).</param>
public sealed record SearchHit(string DocumentId, double Score, int MatchedTermCount);
