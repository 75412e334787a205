namespace MbcBot.Search.Search;

/// <summary>
/// A clause's documents in one segment (segment-relative, increasing) and the score its Lucene scorer gave each,
/// read once. The index is read-only and a clause's weight is fixed once built, so the scorer would give these same
/// floats again: a short postings list is walked from memory instead of building a Lucene scorer per query (on a
/// small corpus that setup, not the scoring, is most of a query).
/// </summary>
internal sealed record ScoredPostings(int[] Docs, float[] Scores)
{
    /// <summary>No document (the term is not in the segment).</summary>
    public static ScoredPostings None { get; } = new([], []);
}
