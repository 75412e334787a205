using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The semantic net of the triage: the message's sentence embedding against first-person, present-tense red-flag
/// exemplars and against general, negated and past-event messages about the same symptoms (both lists in
/// <c>corpus/red-flags.json</c>, "semantic"). With p = the best cosine similarity to a red-flag exemplar and g = the
/// best to a general one, the net fires when p ≥ threshold and p − g ≥ margin (values and their calibration:
/// docs/safety.md). The exemplars are embedded once, here; each message costs one <see cref="ISentenceEmbedder.Embed"/>.
/// Immutable and thread-safe when the embedder is.
/// </summary>
public sealed class SemanticRedFlags
{
    private readonly ISentenceEmbedder _embedder;
    private readonly SemanticSettings _settings;
    private readonly IReadOnlyList<float[]> _exemplars;
    private readonly IReadOnlyList<float[]> _general;

    /// <summary>
    /// Embeds the shipped exemplars with <paramref name="embedder"/> (85 sentences, ~0.3 s), once: with a
    /// <paramref name="cacheFolder"/> their vectors are kept there like the corpus's (<see cref="VectorCache"/>), so a
    /// restart reads them in a millisecond.
    /// </summary>
    public SemanticRedFlags(ISentenceEmbedder embedder, string? cacheFolder = null, Action<string>? warn = null)
        : this(embedder, RedFlagTable.Default.Semantic, cacheFolder, warn) { }

    internal SemanticRedFlags(ISentenceEmbedder embedder, SemanticSettings settings, string? cacheFolder = null, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(settings);
        _embedder = embedder;
        _settings = settings;
        var texts = settings.Exemplars.Select(e => e.Text).Concat(settings.General).ToArray();
        var vectors = VectorCache.EmbedAll(embedder, SemanticIndex.ModelName, texts, cacheFolder, warn);
        _exemplars = vectors[..settings.Exemplars.Count];
        _general = vectors[settings.Exemplars.Count..];
    }

    internal SemanticSettings Settings => _settings;

    /// <summary>The nearest exemplar of each kind and whether the net fires, for normalised text.</summary>
    internal SemanticVerdict Assess(string normalized)
    {
        var vector = _embedder.Embed([normalized])[0];
        var (best, similarity) = Nearest(vector, _exemplars);
        var (_, general) = Nearest(vector, _general);
        var fires = best >= 0 && similarity >= _settings.Threshold && similarity - general >= _settings.Margin;
        return new SemanticVerdict(best < 0 ? null : _settings.Exemplars[best].Category, best, similarity, general, fires, _settings);
    }

    private static (int Index, double Similarity) Nearest(float[] vector, IReadOnlyList<float[]> candidates)
    {
        var (index, similarity) = (-1, -1.0);
        for (var i = 0; i < candidates.Count; i++)
        {
            var s = Vectors.Dot(vector, candidates[i]);
            if (s > similarity) (index, similarity) = (i, s);
        }

        return (index, similarity);
    }
}
