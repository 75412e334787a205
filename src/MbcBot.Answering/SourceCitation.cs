namespace MbcBot.Answering;

/// <summary>
/// Where an answer comes from, exactly as the source page states it. Fields a page does not state are null;
/// nothing here is ever invented.
/// </summary>
/// <param name="DocumentId">The corpus document id (file name without extension).</param>
/// <param name="PassageId">The passage id inside the document, stable across restarts.</param>
/// <param name="Publisher">Who published the page, e.g. "WebMD".</param>
/// <param name="Title">The page title.</param>
/// <param name="Heading">The heading of the cited passage, when it has one.</param>
/// <param name="ReviewedBy">The reviewer the page names, when it names one.</param>
/// <param name="ReviewDate">The review date the page states, ISO 8601 (yyyy-MM-dd), when it states one.</param>
public sealed record SourceCitation(
    string DocumentId,
    string PassageId,
    string Publisher,
    string Title,
    string? Heading,
    string? ReviewedBy,
    string? ReviewDate);
