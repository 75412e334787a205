namespace MbcBot.Ingestion.Tests.Testing;

/// <summary>Builds small, valid corpus files so each test changes only the part it is about.</summary>
internal static class CorpusText
{
    public const string ValidHeader = """
        ---
        id: sample-doc
        title: Sample
        publisher: Sample Publisher
        source-file: 000_sample.txt
        ---
        """;

    /// <summary>Joins lines with "\n"; line n of the result is lines[n - 1].</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static string Document(string id = "sample-doc", string body = "## Heading\n\nSome text.\n") =>
        ValidHeader.Replace("id: sample-doc", "id: " + id, StringComparison.Ordinal) + "\n\n" + body;
}
