namespace MbcBot.Ingestion;

/// <summary>
/// A heading and the text under it: the unit the bot retrieves and quotes.
/// </summary>
/// <param name="Id">"&lt;documentId&gt;#&lt;ordinal&gt;": stable as long as passages are not reordered in the file.</param>
/// <param name="Text">Markdown body: blocks (paragraphs, lists) separated by one blank line; list items are "- " lines.</param>
/// <param name="Questions">Curated alternate questions (0 to 5; the first is the one offered as a suggestion) this passage answers.</param>
/// <param name="Ordinal">1-based position of the passage within its document.</param>
public sealed record Passage(
    string Id,
    string DocumentId,
    string Heading,
    string Text,
    IReadOnlyList<string> Questions,
    int Ordinal);
