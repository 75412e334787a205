using System.Text;

namespace MbcBot.Ingestion;

/// <summary>
/// Normalises the body lines of a passage into <see cref="Passage.Text"/>: blocks separated by exactly one blank line.
/// A paragraph's wrapped lines are joined with one space; each "- " line is a list item (an indented line continues
/// the item above it), and a list directly under its intro sentence becomes its own block in the same passage.
/// </summary>
internal static class PassageTextBuilder
{
    private const string ItemMarker = "- ";

    public static string Build(IEnumerable<string> lines)
    {
        var blocks = new List<string>();
        var block = new StringBuilder();
        var inList = false;

        void Flush()
        {
            if (block.Length > 0)
            {
                blocks.Add(block.ToString());
                block.Clear();
            }

            inList = false;
        }

        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith(ItemMarker, StringComparison.Ordinal))
            {
                if (!inList)
                {
                    Flush();
                    inList = true;
                }
                else
                {
                    block.Append('\n');
                }

                block.Append(ItemMarker).Append(line[ItemMarker.Length..].Trim());
            }
            else if (inList && char.IsWhiteSpace(line[0]))
            {
                block.Append(' ').Append(line.Trim());
            }
            else
            {
                if (inList)
                {
                    Flush();
                }

                if (block.Length > 0)
                {
                    block.Append(' ');
                }

                block.Append(line.Trim());
            }
        }

        Flush();
        return string.Join("\n\n", blocks);
    }
}
