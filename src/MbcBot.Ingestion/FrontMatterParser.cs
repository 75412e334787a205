namespace MbcBot.Ingestion;

/// <summary>
/// Reads the header between the first two "---" lines: "key: value" lines, blank lines allowed.
/// Rejects a missing or unterminated header, lines without a colon, unknown or duplicate keys and empty values.
/// Which keys are required, and what a value must look like, is <see cref="DocumentValidator"/>'s job.
/// </summary>
internal static class FrontMatterParser
{
    private const string Delimiter = "---";

    public static FrontMatter Parse(string filePath, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0] != Delimiter)
        {
            throw new CorpusFormatException(filePath, 1, "missing front matter: the file must start with a '---' line");
        }

        // Find the end first: a forgotten closing line is reported as such, not as a bad line in the body below it.
        var closingIndex = FindClosing(lines);
        if (closingIndex < 0)
        {
            throw new CorpusFormatException(filePath, 1, "unterminated front matter: no closing '---' line");
        }

        var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.Ordinal);
        for (var i = 1; i < closingIndex; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var entry = ParseEntry(filePath, lines[i], i + 1);
            if (entries.TryGetValue(entry.Key, out var first))
            {
                throw new CorpusFormatException(filePath, i + 1, $"duplicate key '{entry.Key}' (first on line {first.Line})");
            }

            entries.Add(entry.Key, entry);
        }

        return new FrontMatter(entries, closingIndex + 1, closingIndex + 1);
    }

    private static int FindClosing(IReadOnlyList<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i] == Delimiter)
            {
                return i;
            }
        }

        return -1;
    }

    private static FrontMatterEntry ParseEntry(string filePath, string line, int lineNumber)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new CorpusFormatException(filePath, lineNumber, $"front matter line is not 'key: value': '{line}'");
        }

        var key = line[..colon].Trim();
        if (!FrontMatterKeys.All.Contains(key))
        {
            var known = string.Join(", ", FrontMatterKeys.All.Order(StringComparer.Ordinal));
            throw new CorpusFormatException(filePath, lineNumber, $"unknown key '{key}' (known keys: {known})");
        }

        var value = line[(colon + 1)..].Trim();
        if (value.Length == 0)
        {
            throw new CorpusFormatException(filePath, lineNumber, $"empty value for key '{key}'");
        }

        return new FrontMatterEntry(key, value, lineNumber);
    }
}
