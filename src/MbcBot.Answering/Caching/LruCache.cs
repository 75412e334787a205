namespace MbcBot.Answering.Caching;

/// <summary>
/// A bounded map that forgets the least recently used entry once it holds more than its capacity. Every operation is
/// O(1) under one lock; values are computed outside it, so a slow factory never blocks readers (two threads missing the
/// same key may both compute it; the first stored wins). Thread-safe.
/// With <c>admitOnRepeat</c>, <see cref="GetOrAdd"/> stores a computed value only when its key was asked before
/// (<see cref="Doorkeeper{TKey}"/>, remembering twice the capacity): most free-typed questions are asked once, and
/// storing them would evict what is asked again, and each one stored lives long enough to be promoted and copied by the
/// garbage collector before it is evicted.
/// </summary>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries;
    private readonly LinkedList<(TKey Key, TValue Value)> _recency = new();
    private readonly Lock _lock = new();
    private readonly Doorkeeper<TKey>? _doorkeeper;

    public LruCache(int capacity, IEqualityComparer<TKey>? comparer = null, bool admitOnRepeat = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _entries = new Dictionary<TKey, LinkedListNode<(TKey, TValue)>>(comparer);
        _doorkeeper = admitOnRepeat ? new Doorkeeper<TKey>(2 * capacity, comparer) : null;
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

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds <paramref name="value"/> unless the key is already present (then the stored value is kept).</summary>
    public void Add(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            _entries[key] = _recency.AddFirst((key, value));
            if (_entries.Count > _capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
        }
    }

    /// <summary>The cached value, or <paramref name="factory"/>'s, stored (with <c>admitOnRepeat</c>: if the key was asked before).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = factory(key);
        if (_doorkeeper?.SeenBefore(key) ?? true)
        {
            Add(key, value);
        }

        return value;
    }
}
