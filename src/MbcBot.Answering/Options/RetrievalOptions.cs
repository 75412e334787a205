using System.ComponentModel.DataAnnotations;

namespace MbcBot.Answering.Options;

/// <summary>The "Retrieval" section of appsettings.json: BM25 parameters, field boosts and the confidence cut.</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>BM25 term-frequency saturation. Lucene's default 1.2; must be finite and ≥ 0.</summary>
    [Range(0.0, 10.0)]
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation, 0 (none) to 1 (full). Lucene's default 0.75.</summary>
    [Range(0.0, 1.0)]
    public double B { get; set; } = 0.75;

    /// <summary>Boost of the passage heading field.</summary>
    [Range(0.0, 100.0)]
    public double HeadingBoost { get; set; } = 2.0;

    /// <summary>Boost of the curated alternate-questions field.</summary>
    [Range(0.0, 100.0)]
    public double QuestionsBoost { get; set; } = 1.0;

    /// <summary>Boost of the passage body field.</summary>
    [Range(0.0, 100.0)]
    public double BodyBoost { get; set; } = 1.0;

    /// <summary>
    /// Weight of the question match (0–1) against the normalised BM25 score (0–1) when the top hits are reordered:
    /// 0 keeps BM25's order; 1 lets a passage whose heading or curated question matches the user's question win a near tie.
    /// </summary>
    [Range(0.0, 10.0)]
    public double QuestionMatchWeight { get; set; } = 1.0;

    /// <summary>
    /// Weight of coverage (0–1, the share of the question's topic words a passage contains) when the top hits are
    /// reordered: a passage missing the question's rarest word ("surgery") loses a near tie to one that has it.
    /// </summary>
    [Range(0.0, 10.0)]
    public double CoverageWeight { get; set; } = 1.0;

    /// <summary>
    /// A Lucene index folder written by the <c>index</c> command, opened at start-up instead of indexing the corpus in
    /// memory (for a large corpus); relative to the application's base directory. Empty (the default): index in memory.
    /// The index must hold exactly the corpus's passages, or start-up fails naming this key.
    /// </summary>
    public string IndexPath { get; set; } = "";

    /// <summary>
    /// Weight of the semantic similarity (cosine of the question's and the passage's sentence vectors) in the rank;
    /// ignored when <see cref="UseSemanticModel"/> is false.
    /// </summary>
    [Range(0.0, 10.0)]
    public double SemanticWeight { get; set; } = 2.0;

    /// <summary>
    /// With the semantic model: weight of the BM25 score, normalised by the best hit's score (0–1), in the rank. 0 by
    /// default: BM25 still chooses half the candidates and its analyzer feeds question match and coverage, but its raw
    /// score added nothing once the model ranks (measured on the calibration and development questions). Without the
    /// model the weight is 1, as in the lexical rank.
    /// </summary>
    [Range(0.0, 10.0)]
    public double LexicalWeight { get; set; } = 0.0;

    /// <summary>
    /// Whether to load the sentence-embedding model (all-MiniLM-L6-v2, offline). Off: lexical retrieval only, which
    /// starts faster and uses ~500 MB less memory but understands far fewer lay phrasings (README, "Quality").
    /// </summary>
    public bool UseSemanticModel { get; set; } = true;

    /// <summary>How many distinct question texts keep their sentence vector in memory (least recently used evicted).</summary>
    [Range(1, 1_000_000)]
    public int EmbeddingCacheSize { get; set; } = 10_000;

    /// <summary>
    /// Without the semantic model: coverage (0–1) below which the bot says its sources do not cover the question rather than hand back the
    /// least-bad passage. See <c>AnswerConfidence</c> for how confidence is computed and calibrated.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>
    /// With the semantic model: confidence (0–1, the best hit's rank over the largest rank possible) at or above which
    /// the best passage is the answer. Calibrated on kinds of question (README, "Quality").
    /// </summary>
    [Range(0.0, 1.0)]
    public double AnswerConfidence { get; set; } = 0.32;

    /// <summary>
    /// With the semantic model: confidence at or above which, below <see cref="AnswerConfidence"/>, the bot says it is
    /// unsure and offers its best candidates ("did you mean"); below it the question is not covered.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ClarifyConfidence { get; set; } = 0.24;

    /// <summary>
    /// Without the model (<see cref="UseSemanticModel"/> false): coverage at or above which, below
    /// <see cref="MinConfidence"/>, the bot asks "did you mean".
    /// </summary>
    [Range(0.0, 1.0)]
    public double LexicalClarifyConfidence { get; set; } = 0.35;

    /// <summary>
    /// With the model: a question whose cosine to an example of a kind the pages do not cover
    /// (<c>corpus/not-covered.txt</c>) exceeds its cosine to every passage by at least this much is not covered.
    /// </summary>
    [Range(0.0, 2.0)]
    public double UncoveredMargin { get; set; } = 0.1;

    /// <summary>
    /// With the model: the best passage's cosine similarity below which the question is not covered whatever words it
    /// shares with the pages (all-MiniLM-L6-v2 puts unrelated sentences below ~0.3).
    /// </summary>
    [Range(-1.0, 1.0)]
    public double MinSemantic { get; set; } = 0.3;

    /// <summary>How many follow-up questions an answer offers (the issue asks for 2–3).</summary>
    [Range(0, 3)]
    public int FollowUpCount { get; set; } = 3;
}
