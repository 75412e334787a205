namespace MbcBot.Ingestion;

/// <summary>
/// One source page of the corpus, as stated by its front matter. Metadata is only what the page itself says:
/// optional values are null when the page does not state them.
/// </summary>
public sealed record CorpusDocument(
    string Id,
    string Title,
    string Publisher,
    string? Program,
    string? ReviewedBy,
    DateOnly? Published,
    DateOnly? Reviewed,
    string SourceFile,
    IReadOnlyList<Passage> Passages);
