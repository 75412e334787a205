namespace MbcBot.Answering;

/// <summary>One passage found by <see cref="IAnswerService.Search"/>: its heading and text verbatim, and its source.</summary>
/// <param name="Heading">The passage heading, as on the page.</param>
/// <param name="Text">The passage text, verbatim (Markdown: paragraphs and "- " lists).</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Disclaimer">The fixed safety disclaimer, to show with the passage wherever it is inserted.</param>
public sealed record PassageResult(string Heading, string Text, SourceCitation Source, string Disclaimer);
