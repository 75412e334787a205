namespace MbcBot.Ingestion;

/// <summary>
/// Splits a corpus file into lines the parsers can trust: no UTF-8 BOM, no CR, no trailing whitespace.
/// Line n of the file is element n - 1, so error line numbers match what an editor shows.
/// </summary>
internal static class SourceLines
{
    public static string[] Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }

        return lines;
    }
}
