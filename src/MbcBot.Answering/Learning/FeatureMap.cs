namespace MbcBot.Answering.Learning;

/// <summary>
/// Where each of a model's features comes from, from the names in its file: <c>e0</c>..<c>e383</c> are the sentence
/// vector's dimensions, <c>w:gram</c> a word or word pair of the text (<see cref="WordGrams"/>; the present ones share a
/// unit length, so a long message's words weigh no more in total than a short one's), and any other name one of the
/// named signals its caller computes (the rules' findings, the retrieval scores). So <c>train</c> chooses the features a
/// model reads, and the answer path fills exactly those. Immutable and thread-safe.
/// </summary>
public sealed class FeatureMap
{
    private readonly (Source Source, int Index)[] _sources;
    private readonly Dictionary<string, int> _grams = new(StringComparer.Ordinal);

    /// <param name="names">The model's feature names, in order.</param>
    /// <param name="signals">The named signals the caller can give, in the order it gives them.</param>
    public FeatureMap(IReadOnlyList<string> names, IReadOnlyList<string> signals)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(signals);
        _sources = new (Source, int)[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var signal = IndexOf(signals, name);
            if (signal >= 0)
            {
                _sources[i] = (Source.Signal, signal);
            }
            else if (name.StartsWith(WordGrams.Prefix, StringComparison.Ordinal) && name.Length > WordGrams.Prefix.Length)
            {
                _sources[i] = (Source.Words, i);
                _grams[name[WordGrams.Prefix.Length..]] = i;
            }
            else if (TryDimension(name, 'e', out var e))
            {
                _sources[i] = (Source.Embedding, e);
            }
            else
            {
                throw new FormatException($"Unknown feature '{name}'; this build computes e0.., w:<word or word pair> and {string.Join(", ", signals)}.");
            }
        }

        ReadsEmbedding = _sources.Any(s => s.Source == Source.Embedding);
        ReadsWords = _grams.Count > 0;
    }

    public int Count => _sources.Length;

    /// <summary>Whether any feature is a sentence-vector dimension (the model needs the sentence model).</summary>
    public bool ReadsEmbedding { get; }

    /// <summary>Whether any feature is a word gram (<see cref="Fill"/> then reads the text).</summary>
    public bool ReadsWords { get; }

    /// <summary>Writes the features in the model's order: the vector's dimensions, the text's grams, the signals.</summary>
    public void Fill(Span<float> features, ReadOnlySpan<float> embedding, string text, ReadOnlySpan<float> signals)
    {
        for (var i = 0; i < _sources.Length; i++)
        {
            var (source, index) = _sources[i];
            features[i] = source switch
            {
                Source.Embedding => embedding[index],
                Source.Signal => signals[index],
                _ => 0,
            };
        }

        if (!ReadsWords) return;
        var present = new List<int>();
        foreach (var gram in WordGrams.Of(text))
        {
            if (_grams.TryGetValue(gram, out var index)) present.Add(index);
        }

        var unit = present.Count == 0 ? 0 : 1 / MathF.Sqrt(present.Count);
        foreach (var index in present)
        {
            features[index] = unit;
        }
    }

    /// <summary>The feature names: the vector's dimensions, the given word grams, the signals.</summary>
    public static IReadOnlyList<string> Names(int embeddingDimensions, IEnumerable<string> grams, IReadOnlyList<string> signals) =>
        [.. Enumerable.Range(0, embeddingDimensions).Select(i => $"e{i}"), .. grams.Select(g => WordGrams.Prefix + g), .. signals];

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], name, StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    private static bool TryDimension(string name, char prefix, out int index)
    {
        index = -1;
        return name.Length > 1 && name[0] == prefix && int.TryParse(name.AsSpan(1), System.Globalization.NumberStyles.None, null, out index);
    }

    private enum Source { Embedding, Words, Signal }
}
