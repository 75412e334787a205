namespace MbcBot.Search.Search;

/// <summary>Parameters fixed when the engine is built. Validated by <see cref="SearchEngine"/>.</summary>
public sealed class SearchEngineOptions
{
    /// <summary>BM25 term-frequency saturation. <value>Default 1.2 (Lucene's); any non-negative finite value.</value></summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation. <value>Default 0.75 (Lucene's); in [0, 1].</value></summary>
    public double B { get; init; } = 0.75;

    /// <summary>
    /// The analyzed fields, e.g. [("heading", 2), ("body", 1)]. At least one; names unique; boosts positive and finite.
    /// </summary>
    public IReadOnlyList<SearchField> Fields { get; init; } = [];

    internal void Validate()
    {
        if (!double.IsFinite(K1) || K1 < 0) throw new ArgumentOutOfRangeException(nameof(K1), K1, "K1 must be finite and non-negative.");
        if (!double.IsFinite(B) || B is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(B), B, "B must be in [0, 1].");
        if (Fields.Count == 0) throw new ArgumentException("At least one field is required.", nameof(Fields));
        // The engine's own stored id field is an exact StringField: an analyzed caller field of that name would let
        // query words match document ids.
        if (Fields.Any(f => f.Name == SearchEngine.IdField))
            throw new ArgumentException($"'{SearchEngine.IdField}' is the engine's id field, not a field name.", nameof(Fields));
        if (Fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != Fields.Count)
            throw new ArgumentException("Field names must be unique.", nameof(Fields));
        foreach (var field in Fields)
        {
            if (!double.IsFinite(field.Boost) || field.Boost <= 0)
                throw new ArgumentOutOfRangeException(nameof(Fields), field.Boost, $"Field '{field.Name}': boost must be positive and finite.");
        }
    }
}
