using MbcBot.Ingestion;

namespace MbcBot.Answering.Retrieval;

/// <summary>The passages that matched a question, best first, and how sure we are that the first one answers it.</summary>
/// <param name="Hits">Matching passages, best first (may be empty).</param>
/// <param name="Confidence">0–1, see <see cref="AnswerConfidence"/>; 0 when there are no hits.</param>
internal sealed record RetrievalResult(IReadOnlyList<ScoredPassage> Hits, double Confidence)
{
    public static RetrievalResult None { get; } = new([], 0);

    public ScoredPassage? Best => Hits.Count > 0 ? Hits[0] : null;
}

/// <summary>A passage and its BM25 score for one query.</summary>
internal sealed record ScoredPassage(Passage Passage, double Score);
