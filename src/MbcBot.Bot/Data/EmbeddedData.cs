using System.Reflection;

namespace MbcBot.Bot.Data;

/// <summary>Reads the tab-separated data files embedded in this assembly: '#' lines are comments, blank lines skipped.</summary>
internal static class EmbeddedData
{
    public static IReadOnlyList<string[]> ReadRows(string resourceName, int columns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded data file {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns || cells.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"{resourceName} line {lineNumber}: expected {columns} tab-separated columns.");
            }

            rows.Add(cells);
        }

        return rows;
    }
}
