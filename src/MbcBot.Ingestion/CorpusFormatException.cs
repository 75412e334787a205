namespace MbcBot.Ingestion;

/// <summary>
/// A corpus file breaks the format described in corpus/README.md. Loading stops at the first such error.
/// </summary>
/// <remarks>Message is "&lt;file&gt;:&lt;line&gt;: &lt;reason&gt;". Line is 1-based; 0 when the error concerns no single line.</remarks>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException(string filePath, int line, string reason)
        : base($"{filePath}:{line}: {reason}")
    {
        FilePath = filePath;
        Line = line;
        Reason = reason;
    }

    public string FilePath { get; }

    public int Line { get; }

    public string Reason { get; }
}
