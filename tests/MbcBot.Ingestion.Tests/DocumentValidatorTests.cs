using MbcBot.Ingestion.Tests.Testing;

namespace MbcBot.Ingestion.Tests;

public sealed class DocumentValidatorTests
{
    private const string File = "doc.md";

    private static DocumentMetadata Validate(params string[] headerLines)
    {
        var lines = SourceLines.Split(CorpusText.Lines(["---", .. headerLines, "---"]));
        return DocumentValidator.Validate(File, FrontMatterParser.Parse(File, lines));
    }

    private static readonly string[] Required =
        ["id: my-doc-2", "title: T", "publisher: P", "source-file: 000.txt"];

    [Fact]
    public void Validate_AllKeys_MapsEveryValue()
    {
        var metadata = Validate([.. Required, "program: Prog", "reviewed-by: Dr. X", "published: 2022-09-06",
            "reviewed: 2023-10-10", "contributors: A; B", "note: N"]);

        Assert.Equal(new DocumentMetadata("my-doc-2", 2, "T", "P", "Prog", "Dr. X",
            new DateOnly(2022, 9, 6), new DateOnly(2023, 10, 10), "000.txt"), metadata);
    }

    [Fact]
    public void Validate_OnlyRequiredKeys_LeavesOptionalValuesNull()
    {
        var metadata = Validate(Required);

        Assert.Null(metadata.Program);
        Assert.Null(metadata.ReviewedBy);
        Assert.Null(metadata.Published);
        Assert.Null(metadata.Reviewed);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("title")]
    [InlineData("publisher")]
    [InlineData("source-file")]
    public void Validate_MissingRequiredKey_FailsOnClosingLine(string key)
    {
        var header = Required.Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).ToArray();

        var error = Assert.Throws<CorpusFormatException>(() => Validate(header));

        Assert.Equal((File, 5), (error.FilePath, error.Line));
        Assert.Equal($"missing required key '{key}'", error.Reason);
    }

    [Theory]
    [InlineData("2020-5-19")]
    [InlineData("19/05/2020")]
    [InlineData("2020-02-30")]
    [InlineData("May 19, 2020")]
    public void Validate_BadDate_FailsOnItsLine(string value)
    {
        var error = Assert.Throws<CorpusFormatException>(() => Validate([.. Required, "reviewed: " + value]));

        Assert.Equal(6, error.Line);
        Assert.Equal($"'reviewed' value '{value}' is not a date in yyyy-MM-dd form", error.Reason);
    }

    [Fact]
    public void Validate_IdNotASlug_FailsOnIdLine()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Validate(["publisher: P", "id: My Doc", "title: T", "source-file: 000.txt"]));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("id 'My Doc' is not a slug", error.Reason, StringComparison.Ordinal);
    }
}
