namespace MbcBot.Ingestion;

/// <summary>A document read from one file, with the line of its id so duplicates across files can be located.</summary>
internal sealed record DocumentFile(string FilePath, CorpusDocument Document, int IdLine);
