namespace MbcBot.Ingestion;

/// <summary>
/// Cuts a document body into passages: each "## " line starts one, and the passage runs to the next "## " line.
/// Under the heading, an optional questions comment, then a non-empty body. Ids are "&lt;documentId&gt;#&lt;n&gt;"
/// with n the 1-based position, so the same file always yields the same ids.
/// </summary>
internal static class PassageSplitter
{
    private const string HeadingMarker = "##";

    public static IReadOnlyList<Passage> Split(string filePath, string documentId, IReadOnlyList<string> lines, int startIndex)
    {
        var sections = new List<(string Heading, int Line, List<(string Text, int Line)> Body)>();
        for (var i = startIndex; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (IsHeading(line))
            {
                var heading = line[HeadingMarker.Length..].Trim();
                if (heading.Length == 0)
                {
                    throw new CorpusFormatException(filePath, lineNumber, "empty heading");
                }

                sections.Add((heading, lineNumber, []));
            }
            else if (line.StartsWith('#'))
            {
                // "# Title", "### Sub" or "##Heading" would otherwise turn into body text; say so instead.
                throw new CorpusFormatException(filePath, lineNumber, "unsupported heading: only '## ' lines start a passage");
            }
            else if (sections.Count > 0)
            {
                sections[^1].Body.Add((line, lineNumber));
            }
            else if (line.Length > 0)
            {
                throw new CorpusFormatException(filePath, lineNumber, "text before the first '## ' heading");
            }
        }

        return sections
            .Select((s, index) => Build(filePath, documentId, index + 1, s.Heading, s.Line, s.Body))
            .ToArray();
    }

    private static bool IsHeading(string line) =>
        line == HeadingMarker || line.StartsWith(HeadingMarker + " ", StringComparison.Ordinal);

    private static Passage Build(
        string filePath, string documentId, int ordinal, string heading, int headingLine, List<(string Text, int Line)> body)
    {
        IReadOnlyList<string> questions = [];
        var firstContent = body.FindIndex(l => l.Text.Length > 0);
        if (firstContent >= 0 && QuestionsComment.IsComment(body[firstContent].Text))
        {
            questions = QuestionsComment.Parse(filePath, body[firstContent].Line, body[firstContent].Text);
            body = body[(firstContent + 1)..];
        }

        var stray = body.FirstOrDefault(l => QuestionsComment.IsComment(l.Text));
        if (stray.Text is not null)
        {
            throw new CorpusFormatException(
                filePath, stray.Line, "malformed questions comment: it must come directly under the heading, once per passage");
        }

        var text = PassageTextBuilder.Build(body.Select(l => l.Text));
        if (text.Length == 0)
        {
            throw new CorpusFormatException(filePath, headingLine, $"passage '{heading}' has an empty body");
        }

        return new Passage($"{documentId}#{ordinal}", documentId, heading, text, questions, ordinal);
    }
}
