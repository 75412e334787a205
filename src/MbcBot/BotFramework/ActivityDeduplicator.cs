namespace MbcBot.BotFramework;

/// <summary>
/// Remembers recently seen (channelId, conversation id, activity id) keys so that a channel's retry of the same
/// activity (Teams re-sends after ~15 s; brief §2.5) runs the bot once. Memory is bounded: entries expire after the
/// window (measured with the injected <see cref="TimeProvider"/>) and past the capacity the oldest is dropped.
/// Thread-safe.
/// </summary>
internal sealed class ActivityDeduplicator(TimeProvider timeProvider, TimeSpan window, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset SeenAt)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>True the first time a key is seen within the window; false for a repeat.</summary>
    public bool TryRegister(string channelId, string conversationId, string activityId)
    {
        var key = string.Join('\n', channelId, conversationId, activityId);
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            Evict(now);
            if (_seen.ContainsKey(key))
            {
                return false;
            }

            while (_seen.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                RemoveIfCurrent(oldest);
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.SeenAt >= window)
        {
            _order.Dequeue();
            RemoveIfCurrent(oldest);
        }
    }

    private void RemoveIfCurrent((string Key, DateTimeOffset SeenAt) entry)
    {
        if (_seen.TryGetValue(entry.Key, out var seenAt) && seenAt == entry.SeenAt)
        {
            _seen.Remove(entry.Key);
        }
    }
}
