using MbcBot.Ingestion;

namespace MbcBot.Answering.Retrieval;

/// <summary>The passages that matched a question, best first, and how sure we are that the first one answers it.</summary>
/// <param name="Hits">Matching passages, best first (may be empty).</param>
/// <param name="Confidence">
/// 0–1: with the semantic model, the best hit's rank over the largest rank possible (<see cref="PassageRetriever"/>);
/// without it, the best hit's coverage (<see cref="AnswerConfidence"/>). 0 when there are no hits.
/// </param>
internal sealed record RetrievalResult(IReadOnlyList<ScoredPassage> Hits, double Confidence)
{
    /// <summary>The closest example of a kind of question the corpus does not cover, and its cosine; null without the model.</summary>
    public (UncoveredExample Example, double Similarity)? Uncovered { get; init; }

    public static RetrievalResult None { get; } = new([], 0);

    public ScoredPassage? Best => Hits.Count > 0 ? Hits[0] : null;
}

/// <summary>
/// A passage and why it ranks where it does. A value type: a result's hits are one array rather than an object each,
/// which the garbage collector copies and marks once for every decision the cache keeps.
/// </summary>
/// <param name="Score">Its BM25 score for the question.</param>
/// <param name="QuestionMatch">0–1, see <see cref="Retrieval.QuestionMatch"/>.</param>
/// <param name="Coverage">0–1, the share of the question's topic the passage contains, see <see cref="AnswerConfidence"/>.</param>
/// <param name="Semantic">Cosine similarity of the question to the passage (<see cref="Semantic.SemanticIndex"/>), -1–1; 0 with the model off.</param>
/// <param name="Rank">What hits are ordered by, see <see cref="PassageRetriever"/>.</param>
internal readonly record struct ScoredPassage(Passage Passage, double Score, double QuestionMatch, double Coverage, double Semantic, double Rank);
