namespace MbcBot.Search.Search;

/// <summary>A query term's statistics in one field where it occurs.</summary>
/// <param name="Field">Field name.</param>
/// <param name="DocumentFrequency">n: documents with the term in this field.</param>
/// <param name="DocumentCount">N: documents with this field.</param>
/// <param name="Idf">ln(1 + (N − n + 0.5) / (n + 0.5)).</param>
/// <param name="Boost">The field's boost.</param>
/// <param name="MaxScore">boost · idf: the most this term can add through this field (tfNorm &lt; 1).</param>
public sealed record FieldTermStatistics(string Field, int DocumentFrequency, int DocumentCount, double Idf, double Boost, double MaxScore);
