namespace MbcBot.Ingestion;

/// <summary>One "key: value" line of front matter and the 1-based line it came from.</summary>
internal sealed record FrontMatterEntry(string Key, string Value, int Line);
