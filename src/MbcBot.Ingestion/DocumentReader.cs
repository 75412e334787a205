namespace MbcBot.Ingestion;

/// <summary>
/// Reads one corpus file: front matter, then passages. Throws <see cref="CorpusFormatException"/> on the first error.
/// </summary>
internal static class DocumentReader
{
    public static DocumentFile Read(string filePath)
    {
        var lines = SourceLines.Split(File.ReadAllText(filePath));
        var frontMatter = FrontMatterParser.Parse(filePath, lines);
        var metadata = DocumentValidator.Validate(filePath, frontMatter);
        var passages = PassageSplitter.Split(filePath, metadata.Id, lines, frontMatter.BodyStartIndex);
        if (passages.Count == 0)
        {
            throw new CorpusFormatException(filePath, frontMatter.ClosingLine, "document has no passages ('## ' headings)");
        }

        var document = new CorpusDocument(
            metadata.Id,
            metadata.Title,
            metadata.Publisher,
            metadata.Program,
            metadata.ReviewedBy,
            metadata.Published,
            metadata.Reviewed,
            metadata.SourceFile,
            passages);
        return new DocumentFile(filePath, document, metadata.IdLine);
    }
}
