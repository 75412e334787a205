using System.Globalization;

namespace MbcBot.Ingestion;

/// <summary>
/// Turns parsed front matter into <see cref="DocumentMetadata"/>: every required key present, the id a slug,
/// dates in yyyy-MM-dd. The parser has already rejected unknown, duplicate and empty keys.
/// </summary>
internal static class DocumentValidator
{
    private const string DateFormat = "yyyy-MM-dd";

    public static DocumentMetadata Validate(string filePath, FrontMatter frontMatter)
    {
        foreach (var key in FrontMatterKeys.Required)
        {
            if (frontMatter.Find(key) is null)
            {
                throw new CorpusFormatException(filePath, frontMatter.ClosingLine, $"missing required key '{key}'");
            }
        }

        var id = frontMatter.Find(FrontMatterKeys.Id)!;
        if (!Slug.IsValid(id.Value))
        {
            throw new CorpusFormatException(
                filePath, id.Line, $"id '{id.Value}' is not a slug (lowercase letters and digits joined by single hyphens)");
        }

        return new DocumentMetadata(
            id.Value,
            id.Line,
            frontMatter.Find(FrontMatterKeys.Title)!.Value,
            frontMatter.Find(FrontMatterKeys.Publisher)!.Value,
            frontMatter.Find(FrontMatterKeys.Program)?.Value,
            frontMatter.Find(FrontMatterKeys.ReviewedBy)?.Value,
            ParseDate(filePath, frontMatter.Find(FrontMatterKeys.Published)),
            ParseDate(filePath, frontMatter.Find(FrontMatterKeys.Reviewed)),
            frontMatter.Find(FrontMatterKeys.SourceFile)!.Value);
    }

    private static DateOnly? ParseDate(string filePath, FrontMatterEntry? entry)
    {
        if (entry is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(entry.Value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CorpusFormatException(
                filePath, entry.Line, $"'{entry.Key}' value '{entry.Value}' is not a date in {DateFormat} form");
    }
}
