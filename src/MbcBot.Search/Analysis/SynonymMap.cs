namespace MbcBot.Search.Analysis;

/// <summary>
/// Synonym rules as data, in Solr's synonyms.txt format with expand=false semantics:
/// <code>
/// # comment (a '#' starts a comment anywhere on the line)
/// tumor, tumour                 # a group: every entry maps to the first (canonical) one
/// yellow skin, yellow eyes => jaundice   # explicit: each left entry maps to the right entry
/// </code>
/// Entries may have several words; they are split and lower-cased by the same rules as the analyzer
/// (<see cref="StandardTokenizer"/>, <see cref="EnglishPossessiveFilter"/>, <see cref="LowerCaseFilter"/>),
/// so "X-ray" is the two words "x ray". Rules are not applied recursively. Immutable and thread-safe.
/// </summary>
public sealed class SynonymMap
{
    internal SynonymMap(SynonymNode root, int ruleCount)
    {
        Root = root;
        RuleCount = ruleCount;
    }

    /// <summary>A map with no rules.</summary>
    public static SynonymMap Empty { get; } = new(new SynonymNode(), 0);

    /// <summary>Number of distinct rule inputs (each entry of a group counts once).</summary>
    public int RuleCount { get; }

    internal SynonymNode Root { get; }

    /// <summary>Parses rules; <paramref name="sourceName"/> names the source in error messages.</summary>
    /// <exception cref="SynonymFormatException">A line is malformed or contradicts an earlier one.</exception>
    public static SynonymMap Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        return SynonymParser.Parse(reader, sourceName);
    }

    /// <summary>Reads and parses a UTF-8 synonyms file.</summary>
    public static SynonymMap Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }
}
