namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Dense numbers for a fixed set of terms (the topic terms the passages can be matched on), so a question's terms can be
/// marked in a bit set once and each passage term tested with a bit read instead of a string hash. Built once;
/// immutable and thread-safe.
/// </summary>
internal sealed class TermIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public TermIds(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            _ids.TryAdd(term, _ids.Count);
        }
    }

    public int Count => _ids.Count;

    /// <summary>The number of a term of the set; throws for any other term.</summary>
    public int Of(string term) => _ids[term];

    /// <summary>
    /// A bit set with bit <c>Of(t)</c> set for each term <c>t</c> of <paramref name="terms"/> in the set (the others
    /// are equal to no term of the set, so they have no bit).
    /// </summary>
    public ulong[] Mark(IEnumerable<string> terms)
    {
        var bits = new ulong[(_ids.Count + 63) / 64];
        foreach (var term in terms)
        {
            if (_ids.TryGetValue(term, out var id))
            {
                bits[id >> 6] |= 1UL << id;
            }
        }

        return bits;
    }

    public static bool Has(ulong[] bits, int id) => (bits[id >> 6] & (1UL << id)) != 0;
}
