using System.Numerics;

namespace MbcBot.Answering.Caching;

/// <summary>
/// Tells a key's first sighting from a repeat, as the doorkeeper of TinyLFU does (Einziger, Friedman and Manes,
/// "TinyLFU: A Highly Efficient Cache Admission Policy", ACM TOS 2017), so that a cache can keep only what is asked
/// more than once. It remembers a hash per slot of a fixed table, the slot chosen by the hash: no allocation per key,
/// O(1), and no lock (a long is written atomically on 64-bit; a race costs at most one wrong answer, which admission tolerates).
/// A repeat is forgotten once another key takes its slot, and two keys sharing a hash and a slot count as one: both
/// only decide whether something is cached, never what a lookup returns.
/// </summary>
internal sealed class Doorkeeper<TKey>
    where TKey : notnull
{
    private readonly long[] _hashes;
    private readonly int _mask;
    private readonly IEqualityComparer<TKey> _comparer;

    /// <param name="slots">How many keys it can remember; rounded up to a power of two.</param>
    public Doorkeeper(int slots, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        _hashes = new long[BitOperations.RoundUpToPowerOf2((uint)slots)];
        _mask = _hashes.Length - 1;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
    }

    /// <summary>True when <paramref name="key"/> was seen before (and is still remembered); it is remembered from now on.</summary>
    public bool SeenBefore(TKey key)
    {
        // 0 marks an empty slot, so the 32-bit hash is stored with bit 32 set. The slot comes from the high bits of
        // h × 2^32/φ (Fibonacci hashing), which spreads hashes that differ only in their low bits.
        var hash = _comparer.GetHashCode(key);
        var slot = (int)((uint)hash * 2654435769u >> (32 - BitOperations.Log2((uint)_hashes.Length))) & _mask;
        var stored = (uint)hash | (1L << 32);
        var seen = _hashes[slot] == stored;
        _hashes[slot] = stored;
        return seen;
    }
}
