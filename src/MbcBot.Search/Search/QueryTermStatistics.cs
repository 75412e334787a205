namespace MbcBot.Search.Search;

/// <summary>One distinct analyzed query term and how it stands in the index, for confidence calibration.</summary>
/// <param name="Term">The analyzed term (stemmed, synonym-mapped).</param>
/// <param name="InIndex">True if some document contains it in some field.</param>
/// <param name="DocumentFrequency">Documents containing it in any field.</param>
/// <param name="Idf">Index-wide rarity, ln(1 + (N − n + 0.5) / (n + 0.5)) with N = all documents and n =
/// <paramref name="DocumentFrequency"/>. Scoring itself uses the per-field idf in <paramref name="Fields"/>.</param>
/// <param name="MaxScore">Σ over <paramref name="Fields"/> of boost · idf: an upper bound on what the term adds to a score.</param>
/// <param name="Fields">Per-field statistics, only for fields that contain the term.</param>
public sealed record QueryTermStatistics(
    string Term,
    bool InIndex,
    int DocumentFrequency,
    double Idf,
    double MaxScore,
    IReadOnlyList<FieldTermStatistics> Fields);
