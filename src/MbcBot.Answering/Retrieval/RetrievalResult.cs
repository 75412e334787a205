using MbcBot.Ingestion;

namespace MbcBot.Answering.Retrieval;

/// <summary>The candidate passages for a question and how sure the decision is that the first one answers it.</summary>
/// <param name="Hits">Candidates; once decided (<see cref="AnswerFinder"/>), best first by <see cref="ScoredPassage.Probability"/>.</param>
/// <param name="Confidence">The best candidate's probability of answering the question (0–1); 0 when there are none.</param>
internal sealed record RetrievalResult(IReadOnlyList<ScoredPassage> Hits, double Confidence)
{
    /// <summary>What the decision knows of the question itself.</summary>
    public QuestionSignals Question { get; init; } = new(-1, -1, 0, false, false, 0);

    /// <summary>The kind of the closest not-covered example, for <c>ask --explain</c>; null without the model.</summary>
    public string? UncoveredKind { get; init; }

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
/// <param name="Example">Largest cosine of the question to the passage's labelled examples (<see cref="ExampleIndex"/>); 0 with the model off.</param>
/// <param name="Probability">The decision's probability that the passage answers the question (<see cref="AnswerModel"/>).</param>
internal readonly record struct ScoredPassage(
    Passage Passage, double Score, double QuestionMatch, double Coverage, double Semantic, double Example, double Probability);
