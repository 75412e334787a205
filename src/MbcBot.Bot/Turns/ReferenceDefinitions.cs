using System.Text;
using MbcBot.Answering;

namespace MbcBot.Bot.Turns;

/// <summary>
/// Ends an answer's Markdown with one link definition per source, <c>[n]: cite:n "Title"</c>, for Web Chat: a
/// definition renders nothing itself, but Web Chat lists each one under the message as a reference ("1 reference"),
/// matched to the claim of the <see cref="CitationEntity"/> whose <c>position</c> is n (MarkdownTextContent.tsx).
/// The page shows that reference as a citation, not a link: there is no URL (the corpus states none).
/// </summary>
public static class ReferenceDefinitions
{
    public static string Append(string markdown, IReadOnlyList<SourceCitation> sources)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return markdown;
        }

        var builder = new StringBuilder(markdown).Append("\n\n");
        for (var n = 1; n <= sources.Count; n++)
        {
            if (n > 1)
            {
                builder.Append('\n');
            }

            builder.Append('[').Append(n).Append("]: cite:").Append(n).Append(" \"").Append(Escape(sources[n - 1].Title)).Append('"');
        }

        return builder.ToString();
    }

    // A title in a link definition is delimited by double quotes; one inside it would end it early.
    private static string Escape(string title) => title.Replace("\"", "\\\"", StringComparison.Ordinal);
}
