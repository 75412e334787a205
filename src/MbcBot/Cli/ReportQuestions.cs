namespace MbcBot.Cli;

/// <summary>
/// The stored question texts of one list, as a curator reads them: texts that are no question (a card's HTML
/// placeholder, text without a letter or digit) are left out, and repeats are collapsed into one line with a count.
/// Repeats are texts equal once case, surrounding space, runs of space and trailing punctuation are ignored ("What is
/// HER2?" and "what is her2"); the first spelling is kept. Most asked first, ties in order of first appearance.
/// </summary>
internal static class ReportQuestions
{
    public static IReadOnlyList<QuestionCount> Collapse(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, (string Text, int Count, int First)>(StringComparer.Ordinal);
        var index = 0;
        foreach (var text in texts)
        {
            if (text is null || !IsQuestionText(text))
            {
                continue;
            }

            var key = Key(text);
            counts[key] = counts.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + 1 } : (text.Trim(), 1, index);
            index++;
        }

        return counts.Values.OrderByDescending(c => c.Count).ThenBy(c => c.First).Select(c => new QuestionCount(c.Text, c.Count)).ToList();
    }

    /// <summary>The form two texts share when they are the same question.</summary>
    public static string Key(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!', ' ').ToLowerInvariant();

    /// <summary>False for markup (an HTML tag such as Teams' card placeholder) and for text without a letter or digit.</summary>
    public static bool IsQuestionText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        // A tag: "<" then a letter or "/", and a ">" later. One pass over the text.
        var lastClose = text.LastIndexOf('>');
        for (var i = text.IndexOf('<'); i >= 0 && i < lastClose; i = text.IndexOf('<', i + 1))
        {
            if (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/')
            {
                return false;
            }
        }

        return true;
    }
}
