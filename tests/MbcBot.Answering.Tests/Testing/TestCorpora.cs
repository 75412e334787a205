using MbcBot.Ingestion;
using MbcBot.Search.Analysis;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// Corpora for tests: the repository's real corpus/ (loaded once, to look cited passages up by id), and small in-memory
/// ones built from (heading, text, questions) triples, so a unit test states exactly the data it depends on.
/// </summary>
internal static class TestCorpora
{
    private static readonly Lazy<Corpus> LazyReal = new(() => CorpusLoader.LoadDirectory(RepositoryPaths.Corpus));

    /// <summary>corpus/ as the bot loads it.</summary>
    public static Corpus Real => LazyReal.Value;

    /// <summary>The text of a real passage, by id (the id a <see cref="SourceCitation"/> names).</summary>
    public static string RealPassageText(string passageId) => Real.Passages.Single(p => p.Id == passageId).Text;

    /// <summary>The English analyzer with no synonyms: the engine's chain, nothing of the domain's vocabulary.</summary>
    public static EnglishAnalyzer PlainAnalyzer { get; } = new();

    /// <summary>One document "doc" whose passages are <paramref name="passages"/>, ids "doc#1", "doc#2"...</summary>
    public static Corpus InMemory(params (string Heading, string Text, string[] Questions)[] passages) =>
        new([Document("doc", passages)]);

    public static CorpusDocument Document(string id, params (string Heading, string Text, string[] Questions)[] passages) =>
        new(
            id,
            Title: $"Title of {id}",
            Publisher: "Test Publisher",
            Program: null,
            ReviewedBy: null,
            Published: null,
            Reviewed: null,
            SourceFile: $"{id}.txt",
            Passages: passages.Select((p, i) => new Passage($"{id}#{i + 1}", id, p.Heading, p.Text, p.Questions, i + 1)).ToArray());
}
