namespace MbcBot.Ingestion;

/// <summary>Validated front matter of one document; <paramref name="IdLine"/> locates duplicate-id errors.</summary>
internal sealed record DocumentMetadata(
    string Id,
    int IdLine,
    string Title,
    string Publisher,
    string? Program,
    string? ReviewedBy,
    DateOnly? Published,
    DateOnly? Reviewed,
    string SourceFile);
