using MbcBot.Search.Similarities;

namespace MbcBot.Search.Search;

/// <summary>Parameters fixed when the engine is built. Validated by <see cref="SearchEngine.Build"/>.</summary>
public sealed class SearchEngineOptions
{
    /// <summary>BM25 term-frequency saturation. <value>Default 1.2; any non-negative finite value.</value></summary>
    public double K1 { get; init; } = BM25Similarity.DefaultK1;

    /// <summary>BM25 length normalisation. <value>Default 0.75; in [0, 1].</value></summary>
    public double B { get; init; } = BM25Similarity.DefaultB;

    /// <summary>
    /// The analyzed fields, e.g. [("heading", 2), ("body", 1)]. At least one; names unique; boosts positive
    /// and finite. The order is also the order in which per-field scores are summed.
    /// </summary>
    public IReadOnlyList<SearchField> Fields { get; init; } = [];
}
