using System.ComponentModel.DataAnnotations;

namespace MbcBot.Answering.Options;

/// <summary>The "Retrieval" section of appsettings.json: BM25 parameters, field boosts, the index and the sentence model.</summary>
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
    /// A Lucene index folder written by the <c>index</c> command, opened at start-up instead of indexing the corpus in
    /// memory (for a large corpus); relative to the application's base directory. Empty (the default): index in memory.
    /// The index must hold exactly the corpus's passages, or start-up fails naming this key.
    /// </summary>
    public string IndexPath { get; set; } = "";



    /// <summary>
    /// Whether to load the sentence-embedding model (all-MiniLM-L6-v2, offline). Off: lexical retrieval only, which
    /// starts faster and uses ~500 MB less memory but understands far fewer lay phrasings (README, "Quality").
    /// </summary>
    public bool UseSemanticModel { get; set; } = true;

    /// <summary>How many distinct question texts keep their sentence vector in memory (least recently used evicted).</summary>
    [Range(1, 1_000_000)]
    public int EmbeddingCacheSize { get; set; } = 10_000;







    /// <summary>How many follow-up questions an answer offers (the issue asks for 2–3).</summary>
    [Range(0, 3)]
    public int FollowUpCount { get; set; } = 3;
}
