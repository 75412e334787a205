using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Kinds of question near the corpus's topic that its pages do not answer, and the words that name them, from
/// <c>corpus/not-covered.txt</c> (<c>[kind]</c> lines start a group, <c>#</c> comments give the reason, <c>words:</c>
/// lines list the words). Naming one is a signal of the answer decision (<see cref="CandidateSignals"/>); the example
/// questions of each kind are labelled data in examples/questions.
/// </summary>
internal sealed class UncoveredTopics
{
    private readonly TieredRegex? _anyWord;

    public UncoveredTopics(IReadOnlyList<UncoveredWord> words)
    {
        Words = words;
        _anyWord = UncoveredWord.AnyOf(words);
    }

    public static UncoveredTopics None { get; } = new([]);

    public IReadOnlyList<UncoveredWord> Words { get; }

    /// <summary>The first kind whose words occur in <paramref name="text"/> (whole words, any case), or null.</summary>
    public string? KindNamedIn(string text)
    {
        // Most questions name none of the words, which one pass of the union (it matches exactly where some word's
        // pattern does) tells; only then is the list walked, in order, for the first kind.
        if (_anyWord is null || !_anyWord.IsMatch(text))
        {
            return null;
        }

        foreach (var word in Words)
        {
            if (word.Pattern.IsMatch(text))
            {
                return word.Kind;
            }
        }

        return null;
    }

    public static UncoveredTopics Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    /// <exception cref="FormatException">Words before any [kind], an empty kind, or any other line; names the file and line.</exception>
    public static UncoveredTopics Parse(IReadOnlyList<string> lines, string sourceName)
    {
        var words = new List<UncoveredWord>();
        string? kind = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                kind = line[1..^1].Trim();
                if (kind.Length == 0)
                {
                    throw new FormatException($"{sourceName}({i + 1}): empty [kind].");
                }

                continue;
            }

            if (line.StartsWith("words:", StringComparison.OrdinalIgnoreCase))
            {
                var kindOfWords = kind ?? throw new FormatException($"{sourceName}({i + 1}): words before any [kind] line.");
                words.AddRange(line["words:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => new UncoveredWord(kindOfWords, w)));
                continue;
            }

            throw new FormatException(
                $"{sourceName}({i + 1}): only [kind], words: and # lines belong here; example questions are labelled data in examples/questions.");
        }

        return new UncoveredTopics(words);
    }
}

/// <summary>A word or phrase that by itself puts a message in a kind the corpus does not cover.</summary>
internal sealed record UncoveredWord(string Kind, string Text)
{
    private const string Before = @"(?<![\p{L}\p{N}])";
    private const string After = @"(?![\p{L}\p{N}])";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public Regex Pattern { get; } = new(Before + Body(Text) + After, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// One regex that matches exactly where some word's <see cref="Pattern"/> does: the same boundaries around an
    /// alternation of the same bodies (the engine backtracks into the alternation, so a body followed by a letter does
    /// not hide a later one that fits). Null for no words.
    /// </summary>
    public static TieredRegex? AnyOf(IReadOnlyList<UncoveredWord> words) => words.Count == 0
        ? null
        : new TieredRegex(
            Before + "(?:" + string.Join("|", words.Select(w => Body(w.Text))) + ")" + After,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

    /// <summary>The word or phrase literally, any run of white space where it has a space.</summary>
    private static string Body(string text) => Regex.Escape(text).Replace(@"\ ", @"\s+");
}
