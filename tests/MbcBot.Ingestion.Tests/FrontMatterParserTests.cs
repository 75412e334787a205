using MbcBot.Ingestion.Tests.Testing;

namespace MbcBot.Ingestion.Tests;

public sealed class FrontMatterParserTests
{
    private const string File = "doc.md";

    private static CorpusFormatException ParseFails(string text) =>
        Assert.Throws<CorpusFormatException>(() => FrontMatterParser.Parse(File, SourceLines.Split(text)));

    [Fact]
    public void Parse_ValidHeader_ReturnsEntriesWithLinesAndBodyStart()
    {
        var text = CorpusText.Lines("---", "id: a-b", "", "title:  Spaced  ", "---", "## H");

        var frontMatter = FrontMatterParser.Parse(File, SourceLines.Split(text));

        Assert.Equal(new FrontMatterEntry("id", "a-b", 2), frontMatter.Find("id"));
        Assert.Equal(new FrontMatterEntry("title", "Spaced", 4), frontMatter.Find("title"));
        Assert.Equal(5, frontMatter.ClosingLine);
        Assert.Equal(5, frontMatter.BodyStartIndex);
    }

    [Fact]
    public void Parse_ValueWithColons_KeepsEverythingAfterFirstColon()
    {
        var frontMatter = FrontMatterParser.Parse(File, SourceLines.Split(CorpusText.Lines("---", "note: a: b", "---")));

        Assert.Equal("a: b", frontMatter.Find("note")!.Value);
    }

    [Fact]
    public void Parse_NoOpeningDelimiter_FailsOnLine1()
    {
        var error = ParseFails(CorpusText.Lines("id: a", "---"));

        Assert.Equal((File, 1), (error.FilePath, error.Line));
        Assert.StartsWith("missing front matter", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_FailsAsMissingFrontMatter()
    {
        var error = ParseFails("");

        Assert.Equal(1, error.Line);
        Assert.StartsWith("missing front matter", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoClosingDelimiter_FailsAsUnterminatedOnLine1()
    {
        var error = ParseFails(CorpusText.Lines("---", "id: a", "title: t", "## Heading"));

        Assert.Equal(1, error.Line);
        Assert.StartsWith("unterminated front matter", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKey_FailsOnItsLineNamingIt()
    {
        var error = ParseFails(CorpusText.Lines("---", "id: a", "reviewd: 2020-01-01", "---"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("unknown key 'reviewd'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_FailsOnSecondOccurrence()
    {
        var error = ParseFails(CorpusText.Lines("---", "title: a", "id: x", "title: b", "---"));

        Assert.Equal(4, error.Line);
        Assert.Equal("duplicate key 'title' (first on line 2)", error.Reason);
    }

    [Fact]
    public void Parse_EmptyValue_FailsOnItsLine()
    {
        var error = ParseFails(CorpusText.Lines("---", "id: a", "publisher:   ", "---"));

        Assert.Equal(3, error.Line);
        Assert.Equal("empty value for key 'publisher'", error.Reason);
    }

    [Theory]
    [InlineData("just words")]
    [InlineData(": value")]
    public void Parse_LineWithoutKey_Fails(string line)
    {
        var error = ParseFails(CorpusText.Lines("---", line, "---"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith("front matter line is not 'key: value'", error.Reason, StringComparison.Ordinal);
    }
}
