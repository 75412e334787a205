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
    /// Confidence (0–1) below which the bot says its sources do not cover the question rather than hand back the
    /// least-bad passage. See <c>AnswerConfidence</c> for how confidence is computed and calibrated.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>How many follow-up questions an answer offers (the issue asks for 2–3).</summary>
    [Range(0, 3)]
    public int FollowUpCount { get; set; } = 3;
}
