namespace MbcBot.Answering.Semantic;

/// <summary>
/// An <see cref="ISentenceEmbedder"/> that remembers the vectors of the last <c>capacity</c> distinct texts (least
/// recently used evicted first), so a clicked suggestion, a repeated question, or the safety net and the answer path
/// embedding the same message cost a dictionary lookup instead of a model run. Memory: capacity × (384 floats + text),
/// about 2 KB an entry. Thread-safe (one lock around the bookkeeping; the model runs outside it).
/// </summary>
public sealed class CachedEmbedder : ISentenceEmbedder
{
    private readonly ISentenceEmbedder _inner;
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _recency = new();
    private readonly Lock _lock = new();

    public CachedEmbedder(ISentenceEmbedder inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _inner = inner;
        _capacity = capacity;
    }

    public int Dimensions => _inner.Dimensions;

    /// <summary>How many texts are cached now (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Adds vectors computed elsewhere (read from disk) as if <see cref="Embed"/> had computed them.</summary>
    public void Remember(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
    {
        lock (_lock)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Add(texts[i], vectors[i]);
            }
        }
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var missing = new List<int>();
        lock (_lock)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (_entries.TryGetValue(texts[i], out var node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    result[i] = node.Value.Vector;
                }
                else
                {
                    missing.Add(i);
                }
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var computed = _inner.Embed(missing.Select(i => texts[i]).ToArray(), cancellationToken);
        lock (_lock)
        {
            for (var j = 0; j < missing.Count; j++)
            {
                result[missing[j]] = computed[j];
                Add(texts[missing[j]], computed[j]);
            }
        }

        return result;
    }

    /// <summary>Caller holds the lock.</summary>
    private void Add(string text, float[] vector)
    {
        if (_entries.ContainsKey(text))
        {
            return;
        }

        _entries[text] = _recency.AddFirst((text, vector));
        if (_entries.Count > _capacity)
        {
            _entries.Remove(_recency.Last!.Value.Text);
            _recency.RemoveLast();
        }
    }
}
