namespace MbcBot.Ingestion;

/// <summary>
/// Loads and validates every document of a corpus folder. Meant to run once at start-up: a broken file stops the
/// app with "&lt;file&gt;:&lt;line&gt;: &lt;reason&gt;" instead of serving answers from a half-read corpus.
/// </summary>
public static class CorpusLoader
{
    private const string ReadmeFileName = "README.md";

    /// <summary>
    /// Reads every top-level "*.md" file except README.md, in ordinal file-name order (so the order, and with it
    /// every id, is the same on every machine).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="CorpusFormatException">A file breaks the format, two files share an id, or there is no document.</exception>
    public static Corpus LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Corpus directory '{directory}' does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !string.Equals(Path.GetFileName(f), ReadmeFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new CorpusFormatException(directory, 0, "no documents: the folder has no *.md files other than README.md");
        }

        var seen = new Dictionary<string, DocumentFile>(StringComparer.Ordinal);
        var documents = new List<CorpusDocument>(files.Length);
        foreach (var file in files)
        {
            var read = DocumentReader.Read(file);
            if (seen.TryGetValue(read.Document.Id, out var first))
            {
                throw new CorpusFormatException(
                    file, read.IdLine, $"duplicate document id '{read.Document.Id}' (also in {Path.GetFileName(first.FilePath)})");
            }

            seen.Add(read.Document.Id, read);
            documents.Add(read.Document);
        }

        return new Corpus(documents);
    }
}
