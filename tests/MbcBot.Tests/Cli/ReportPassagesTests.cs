using MbcBot.Cli;
using MbcBot.Ingestion;

namespace MbcBot.Tests.Cli;

public sealed class ReportPassagesTests
{
    private static readonly ReportPassages Passages = ReportPassages.From(new Corpus(
    [
        new CorpusDocument("doc", "When It Spreads", "WebMD", null, null, null, null, "f.txt",
        [
            new Passage("doc#1", "doc", "When It Spreads", "Text.", [], 1),
            new Passage("doc#2", "doc", "Bone Scans", "Text.", [], 2),
            new Passage("doc#3", "doc", "Treatment", "Text.", [], 3),
            new Passage("doc#4", "doc", "Treatment", "Text.", [], 4),
        ]),
    ]));

    [Theory]
    [InlineData("doc#2", "Bone Scans — When It Spreads, WebMD")]
    [InlineData("doc#1", "When It Spreads, WebMD")]
    [InlineData("doc#4", "Treatment — When It Spreads, WebMD (passage 4)")]
    [InlineData("gone#9", "gone#9")]
    public void Name_PassageId_IsHeadingAndPage(string id, string expected)
    {
        Assert.Equal(expected, Passages.Name(id));
    }

    [Fact]
    public void Name_WithoutCorpus_IsTheId()
    {
        Assert.Equal("doc#2", ReportPassages.None.Name("doc#2"));
    }
}
