using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// A fake <see cref="ISentenceEmbedder"/>: deterministic unit vectors (the same text always gives the same vector,
/// different texts almost always different ones), counting how often and for which texts it was asked.
/// </summary>
internal sealed class CountingEmbedder(int dimensions = 4) : ISentenceEmbedder
{
    private readonly Lock _lock = new();
    private readonly List<string> _embedded = [];

    public int Dimensions => dimensions;

    /// <summary>How many times <see cref="Embed"/> was called.</summary>
    public int Calls { get; private set; }

    /// <summary>Every text embedded, in order, over all calls.</summary>
    public IReadOnlyList<string> Embedded
    {
        get
        {
            lock (_lock)
            {
                return _embedded.ToArray();
            }
        }
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Calls++;
            _embedded.AddRange(texts);
        }

        return texts.Select(VectorOf).ToArray();
    }

    /// <summary>The vector this embedder gives <paramref name="text"/>.</summary>
    public float[] VectorOf(string text)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = 1 + text.Select((c, j) => c * (j + 1) * (i + 1) % 97).Sum() % (31 + i);
        }

        return Vectors.Normalize(vector);
    }
}
