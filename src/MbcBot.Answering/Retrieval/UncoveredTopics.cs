namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Kinds of question near the corpus's topic that its pages do not answer, with example phrasings, from
/// <c>corpus/not-covered.txt</c> (<c>[kind]</c> lines start a group, <c>#</c> comments give the reason, every other
/// line is one example). See <see cref="Decision"/> for how they are used.
/// </summary>
internal sealed record UncoveredTopics(IReadOnlyList<UncoveredExample> Examples, IReadOnlyList<UncoveredWord> Words)
{
    public static UncoveredTopics None { get; } = new([], []);

    /// <summary>The first kind whose words occur in <paramref name="text"/> (whole words, any case), or null.</summary>
    public string? KindNamedIn(string text)
    {
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

    /// <exception cref="FormatException">An example before any [kind], or an empty kind; names the file and line.</exception>
    public static UncoveredTopics Parse(IReadOnlyList<string> lines, string sourceName)
    {
        var examples = new List<UncoveredExample>();
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

            examples.Add(new UncoveredExample(
                kind ?? throw new FormatException($"{sourceName}({i + 1}): an example before any [kind] line."), line));
        }

        return new UncoveredTopics(examples, words);
    }
}

/// <summary>One example question of a kind the corpus does not cover.</summary>
internal sealed record UncoveredExample(string Kind, string Text);

/// <summary>A word or phrase that by itself puts a message in a kind the corpus does not cover.</summary>
internal sealed record UncoveredWord(string Kind, string Text)
{
    public System.Text.RegularExpressions.Regex Pattern { get; } = new(
        @"(?<![\p{L}\p{N}])" + System.Text.RegularExpressions.Regex.Escape(Text).Replace(@"\ ", @"\s+") + @"(?![\p{L}\p{N}])",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));
}
