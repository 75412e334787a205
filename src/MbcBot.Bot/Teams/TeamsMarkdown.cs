using System.Text;

namespace MbcBot.Bot.Teams;

/// <summary>
/// Rewrites the answering service's Markdown into the subset Teams renders in text messages on every client
/// (Learn "bots-text-formats"): bold, italic, code, blockquote and links work; headers and horizontal rules do not,
/// lists render on desktop only, and a single newline is dropped. So: headers become bold lines, rules are removed,
/// "- " / "* " items become "• " lines, and a line break inside a paragraph becomes two trailing spaces + newline.
/// </summary>
public static class TeamsMarkdown
{
    public static string Adapt(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new List<string>(lines.Length);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (IsRule(trimmed))
            {
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                var heading = trimmed.TrimStart('#').Trim();
                output.Add(heading.Length == 0 ? string.Empty : $"**{heading}**");
            }
            else if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                output.Add("• " + trimmed[2..].TrimStart());
            }
            else
            {
                output.Add(line);
            }
        }

        return Join(output);
    }

    private static bool IsRule(string line) =>
        line.Length >= 3 && (line.All(c => c == '-') || line.All(c => c == '*') || line.All(c => c == '_'));

    /// <summary>Blank lines stay paragraph breaks; a break between two text lines gets the Markdown hard break.</summary>
    private static string Join(List<string> lines)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var hardBreak = lines[i - 1].Length > 0 && lines[i].Length > 0;
                builder.Append(hardBreak ? "  \n" : "\n");
            }

            builder.Append(lines[i]);
        }

        return builder.ToString();
    }
}
