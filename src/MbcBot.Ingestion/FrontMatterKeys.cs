namespace MbcBot.Ingestion;

/// <summary>
/// The closed set of front-matter keys. Any other key is rejected, so a typo ("reviewd") fails loudly
/// instead of silently dropping a review date.
/// </summary>
internal static class FrontMatterKeys
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string SourceFile = "source-file";
    public const string Program = "program";
    public const string ReviewedBy = "reviewed-by";
    public const string Published = "published";
    public const string Reviewed = "reviewed";
    public const string Contributors = "contributors";
    public const string Note = "note";

    /// <summary>Required keys, in the order they are reported when missing.</summary>
    public static readonly IReadOnlyList<string> Required = [Id, Title, Publisher, SourceFile];

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Title, Publisher, SourceFile, Program, ReviewedBy, Published, Reviewed, Contributors, Note,
    };
}
