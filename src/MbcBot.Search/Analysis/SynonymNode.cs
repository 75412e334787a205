namespace MbcBot.Search.Analysis;

/// <summary>
/// One node of the synonym trie: the words matched so far lead here; <see cref="Output"/> is set when the
/// path is a complete rule input. Built by <see cref="SynonymParser"/>, read-only afterwards (safe to share).
/// </summary>
internal sealed class SynonymNode
{
    private readonly Dictionary<string, SynonymNode> _children = new(StringComparer.Ordinal);

    /// <summary>The replacement words, or null when no rule ends here.</summary>
    public string[]? Output { get; set; }

    /// <summary>Line that defined <see cref="Output"/>, for conflict messages.</summary>
    public int OutputLine { get; set; }

    /// <summary>Allocation-free lookup of the next word.</summary>
    public SynonymNode? Next(ReadOnlySpan<char> word) =>
        _children.Count != 0 && _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var next) ? next : null;

    public SynonymNode GetOrAdd(string word)
    {
        if (!_children.TryGetValue(word, out var next))
        {
            next = new SynonymNode();
            _children.Add(word, next);
        }

        return next;
    }
}
