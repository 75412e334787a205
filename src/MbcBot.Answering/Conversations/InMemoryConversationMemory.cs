namespace MbcBot.Answering.Conversations;

/// <summary>
/// <see cref="IConversationMemory"/> in this process: at most <c>capacity</c> conversations (the least recently used is
/// forgotten first), each forgotten <c>timeToLive</c> after its last write. Memory: capacity × a few hundred bytes.
/// Thread-safe (one lock; every operation is O(1)).
/// </summary>
public sealed class InMemoryConversationMemory : IConversationMemory
{
    private readonly int _capacity;
    private readonly TimeSpan _timeToLive;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    public InMemoryConversationMemory(int capacity, TimeSpan timeToLive, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        _capacity = capacity;
        _timeToLive = timeToLive;
        _time = time ?? TimeProvider.System;
    }

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

    public ConversationState Get(string conversationId)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(conversationId, out var node))
            {
                return ConversationState.Empty;
            }

            if (_time.GetUtcNow() >= node.Value.Expires)
            {
                _entries.Remove(conversationId);
                _recency.Remove(node);
                return ConversationState.Empty;
            }

            // A read is a use: the conversation moves to the front of the eviction order.
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.State;
        }
    }

    public void Set(string conversationId, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(state);
        lock (_lock)
        {
            if (_entries.Remove(conversationId, out var old))
            {
                _recency.Remove(old);
            }

            _entries[conversationId] = _recency.AddFirst(new Entry(conversationId, state, _time.GetUtcNow() + _timeToLive));
            while (_entries.Count > _capacity)
            {
                _entries.Remove(_recency.Last!.Value.Id);
                _recency.RemoveLast();
            }
        }
    }

    private sealed record Entry(string Id, ConversationState State, DateTimeOffset Expires);
}
