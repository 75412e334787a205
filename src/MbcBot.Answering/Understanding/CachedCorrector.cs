using MbcBot.Answering.Caching;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// An <see cref="ITextCorrector"/> that remembers its corrections of the last <c>capacity</c> distinct texts (least
/// recently used evicted first), because every message is corrected twice: by the safety triage, for its second
/// reading, and by the answer path. Same results as the inner corrector, including its contract of returning the input
/// itself when nothing changed. Memory: capacity × two short strings. Thread-safe; the inner corrector runs outside
/// any lock.
/// </summary>
internal sealed class CachedCorrector : ITextCorrector
{
    /// <summary>
    /// Enough for the messages in flight at once (the answer path asks a few microseconds after the triage), few enough
    /// that most entries die young instead of being copied by the GC.
    /// </summary>
    public const int DefaultCapacity = 256;

    private readonly ITextCorrector _inner;
    private readonly LruCache<string, string> _cache;

    public CachedCorrector(ITextCorrector inner, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _cache = new LruCache<string, string>(capacity, StringComparer.Ordinal);
    }

    public string Correct(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return _inner.Correct(text);
        }

        var corrected = _cache.GetOrAdd(text, _inner.Correct);

        // An unchanged text comes back as the caller's own instance, as from the inner corrector.
        return string.Equals(corrected, text, StringComparison.Ordinal) ? text : corrected;
    }
}
