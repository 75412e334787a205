namespace MbcBot.Search.Analysis;

/// <summary>A malformed line in a synonyms file. The message reads "file(line): reason".</summary>
public sealed class SynonymFormatException : FormatException
{
    public SynonymFormatException(string sourceName, int lineNumber, string reason)
        : base($"{sourceName}({lineNumber}): {reason}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    public string SourceName { get; }

    /// <summary>1-based line number.</summary>
    public int LineNumber { get; }

    public string Reason { get; }
}
