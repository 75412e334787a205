using System.Text.RegularExpressions;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// Whole-word rewrites of text-speak and shorthand from <c>corpus/text-speak.txt</c> (<c>wat, wot =&gt; what</c>, one
/// rule a line, <c>#</c> comments). Immutable and thread-safe.
/// </summary>
internal sealed class TextSpeak
{
    private readonly Dictionary<string, string> _rules;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _rulesBySpan;

    private TextSpeak(Dictionary<string, string> rules)
    {
        _rules = rules;
        _rulesBySpan = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TextSpeak Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Every text a rule can produce, for the vocabulary that spelling correction must leave alone.</summary>
    public IEnumerable<string> Targets => _rules.Values;

    public static TextSpeak Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    /// <exception cref="FormatException">A malformed rule; the message names the file and line.</exception>
    public static TextSpeak Parse(IReadOnlyList<string> lines, string sourceName)
    {
        var rules = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf('#');
            if (comment >= 0)
            {
                line = line[..comment];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split("=>");
            var from = parts.Length == 2 ? parts[0].Split(',', StringSplitOptions.TrimEntries) : [];
            var to = parts.Length == 2 ? parts[1].Trim() : "";
            if (from.Length == 0 || from.Any(f => f.Length == 0 || f.Contains(' ')) || to.Length == 0)
            {
                throw new FormatException($"{sourceName}({i + 1}): expected 'word, word => replacement'.");
            }

            foreach (var word in from)
            {
                if (!rules.TryAdd(word, to))
                {
                    throw new FormatException($"{sourceName}({i + 1}): '{word}' already has a rule.");
                }
            }
        }

        return new TextSpeak(rules);
    }

    /// <summary>The replacement for one word, or null when it has no rule.</summary>
    public string? Rewrite(string word) => _rules.GetValueOrDefault(word);

    /// <summary><see cref="Rewrite(string)"/> of the word in <paramref name="word"/>, read in place.</summary>
    public string? Rewrite(ReadOnlySpan<char> word) => _rulesBySpan.TryGetValue(word, out var replacement) ? replacement : null;
}
