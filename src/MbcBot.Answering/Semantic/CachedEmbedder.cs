using MbcBot.Answering.Caching;

namespace MbcBot.Answering.Semantic;

/// <summary>
/// An <see cref="ISentenceEmbedder"/> that remembers the vectors of the last <c>capacity</c> distinct texts (least
/// recently used evicted first, <see cref="LruCache{TKey, TValue}"/>), so a clicked suggestion, a repeated question, or
/// the safety net and the answer path embedding the same message cost a dictionary lookup instead of a model run.
/// Memory: capacity × (384 floats + text), about 2 KB an entry. Thread-safe; the model runs outside any lock.
/// </summary>
public sealed class CachedEmbedder : ISentenceEmbedder
{
    private readonly ISentenceEmbedder _inner;
    private readonly LruCache<string, float[]> _cache;
    private readonly LruCache<string, MessageVectors> _messages;

    public CachedEmbedder(ISentenceEmbedder inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _cache = new LruCache<string, float[]>(capacity, StringComparer.Ordinal);
        _messages = new LruCache<string, MessageVectors>(capacity, StringComparer.Ordinal);
    }

    public int Dimensions => _inner.Dimensions;

    /// <summary>How many texts are cached now (for tests).</summary>
    public int Count => _cache.Count;

    /// <summary>Adds vectors computed elsewhere (read from disk) as if <see cref="Embed"/> had computed them.</summary>
    public void Remember(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            _cache.Add(texts[i], vectors[i]);
        }
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (_cache.TryGet(texts[i], out var vector))
            {
                result[i] = vector;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var computed = _inner.Embed(missing.Select(i => texts[i]).ToArray(), cancellationToken);
        for (var j = 0; j < missing.Count; j++)
        {
            result[missing[j]] = computed[j];
            _cache.Add(texts[missing[j]], computed[j]);
        }

        return result;
    }

    /// <summary>
    /// A message of one part is a text like any other; a message of several parts is remembered whole (its parts
    /// joined by a separator no message holds), and its whole vector serves <see cref="Embed"/> too.
    /// </summary>
    public MessageVectors EmbedMessage(IReadOnlyList<string> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count <= 1)
        {
            return new MessageVectors(Embed([parts.Count == 0 ? "" : parts[0]], cancellationToken)[0], []);
        }

        var key = string.Join('\u001f', parts);
        if (_messages.TryGet(key, out var known))
        {
            return known;
        }

        var vectors = _inner.EmbedMessage(parts, cancellationToken);
        _messages.Add(key, vectors);
        _cache.Add(string.Join(' ', parts), vectors.Whole);
        return vectors;
    }
}
