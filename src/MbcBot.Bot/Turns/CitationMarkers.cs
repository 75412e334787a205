using MbcBot.Answering;

namespace MbcBot.Bot.Turns;

/// <summary>
/// Puts the <c>[n]</c> reference markers Teams needs into an answer's Markdown. Marker n goes at the end of the n-th
/// source-line paragraph (one that starts with "Source:" or "*Source:"); markers without such a paragraph go at the end
/// of the paragraph before the disclaimer (or of the text). Web Chat gets no markers (Web Chat renders one as a
/// 20-pixel button inside the text, and the source line already says where the passage is from): it gets
/// <see cref="ReferenceDefinitions"/> instead.
/// </summary>
public static class CitationMarkers
{
    public static string Add(string markdown, IReadOnlyList<SourceCitation> sources, string? disclaimer)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return markdown;
        }

        var paragraphs = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").ToList();
        var next = 1;
        for (var i = 0; i < paragraphs.Count && next <= sources.Count; i++)
        {
            if (IsSourceLine(paragraphs[i]))
            {
                paragraphs[i] = paragraphs[i].TrimEnd() + $" [{next++}]";
            }
        }

        if (next <= sources.Count)
        {
            var remaining = string.Concat(Enumerable.Range(next, sources.Count - next + 1).Select(n => $" [{n}]"));
            var target = DisclaimerParagraph.LastBefore(paragraphs, disclaimer);
            paragraphs[target] = paragraphs[target].TrimEnd() + remaining;
        }

        return string.Join("\n\n", paragraphs);
    }

    private static bool IsSourceLine(string paragraph)
    {
        var text = paragraph.TrimStart().TrimStart('*', '_');
        return text.StartsWith("Source:", StringComparison.Ordinal) || text.StartsWith("Sources:", StringComparison.Ordinal);
    }
}
