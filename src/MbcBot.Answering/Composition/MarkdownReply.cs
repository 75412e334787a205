using System.Text;

namespace MbcBot.Answering.Composition;

/// <summary>
/// Builds reply Markdown out of blocks separated by blank lines, the subset Web Chat, the Emulator and Teams all render
/// (paragraphs, "- " lists, **bold**, *italics*).
/// </summary>
internal sealed class MarkdownReply
{
    private readonly StringBuilder _text = new();

    public MarkdownReply Paragraph(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _text.Append(text.Trim());
        return this;
    }

    public MarkdownReply Bold(string? text) => string.IsNullOrWhiteSpace(text) ? this : Paragraph($"**{text.Trim()}**");

    public MarkdownReply Italic(string? text) => string.IsNullOrWhiteSpace(text) ? this : Paragraph($"*{text.Trim()}*");

    public MarkdownReply List(IEnumerable<string> items)
    {
        var lines = string.Join("\n", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => "- " + i.Trim()));
        return Paragraph(lines);
    }

    /// <summary>A numbered list ("1. ", "2. "...), so a reply can be answered by number where no buttons show.</summary>
    public MarkdownReply Numbered(IEnumerable<string> items)
    {
        var lines = string.Join("\n", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select((i, n) => $"{n + 1}. {i.Trim()}"));
        return Paragraph(lines);
    }

    public override string ToString() => _text.ToString();
}
