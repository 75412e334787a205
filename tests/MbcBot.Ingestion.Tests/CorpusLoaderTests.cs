using MbcBot.Ingestion.Tests.Testing;

namespace MbcBot.Ingestion.Tests;

/// <summary>End-to-end over files: every validation error surfaces as file, line and reason from LoadDirectory.</summary>
public sealed class CorpusLoaderTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private CorpusFormatException LoadFails() =>
        Assert.Throws<CorpusFormatException>(() => CorpusLoader.LoadDirectory(_corpus.Directory));

    [Fact]
    public void LoadDirectory_ValidFiles_LoadsInOrdinalFileNameOrderAndSkipsReadme()
    {
        _corpus.Write("b.md", CorpusText.Document("second"));
        _corpus.Write("A.md", CorpusText.Document("first"));
        _corpus.Write("README.md", "# Not a document");
        _corpus.Write("notes.txt", "ignored");

        var corpus = CorpusLoader.LoadDirectory(_corpus.Directory);

        Assert.Equal(["first", "second"], corpus.Documents.Select(d => d.Id));
        Assert.Equal(["first#1", "second#1"], corpus.Passages.Select(p => p.Id));
    }

    [Fact]
    public void LoadDirectory_CrLfBomAndTrailingWhitespace_LoadsSameAsPlainFile()
    {
        var plain = CorpusText.Document("doc", "## Heading  \n<!-- questions: Q? -->\nIntro:\n- Item\n");
        _corpus.Write("doc.md", "\uFEFF" + plain.Replace("\n", " \t\r\n", StringComparison.Ordinal));

        var passage = Assert.Single(CorpusLoader.LoadDirectory(_corpus.Directory).Passages);

        Assert.Equal(("Heading", "Intro:\n\n- Item", "Q?"), (passage.Heading, passage.Text, passage.Questions.Single()));
    }

    [Fact]
    public void LoadDirectory_Document_MapsFrontMatterToRecord()
    {
        _corpus.Write("doc.md", CorpusText.Lines("---", "id: d", "title: T", "publisher: P", "program: Prog",
            "reviewed-by: R", "published: 2022-09-06", "reviewed: 2023-10-10", "source-file: 004.txt", "---", "## H", "x"));

        var document = Assert.Single(CorpusLoader.LoadDirectory(_corpus.Directory).Documents);

        Assert.Equal(("d", "T", "P", "Prog", "R", "004.txt"),
            (document.Id, document.Title, document.Publisher, document.Program, document.ReviewedBy, document.SourceFile));
        Assert.Equal((new DateOnly(2022, 9, 6), new DateOnly(2023, 10, 10)), (document.Published, document.Reviewed));
    }

    [Fact]
    public void LoadDirectory_DuplicateIdAcrossFiles_FailsOnSecondFileIdLine()
    {
        _corpus.Write("a.md", CorpusText.Document("same"));
        var second = _corpus.Write("b.md", CorpusText.Document("same"));

        var error = LoadFails();

        Assert.Equal((second, 2), (error.FilePath, error.Line));
        Assert.Equal("duplicate document id 'same' (also in a.md)", error.Reason);
        Assert.Equal($"{second}:2: duplicate document id 'same' (also in a.md)", error.Message);
    }

    [Fact]
    public void LoadDirectory_OnlyReadme_FailsAsNoDocuments()
    {
        _corpus.Write("README.md", "# Corpus");

        var error = LoadFails();

        Assert.Equal((_corpus.Directory, 0), (error.FilePath, error.Line));
        Assert.StartsWith("no documents", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_HeaderButNoHeadings_FailsOnClosingLine()
    {
        var path = _corpus.Write("doc.md", CorpusText.ValidHeader + "\n");

        var error = LoadFails();

        Assert.Equal((path, 6), (error.FilePath, error.Line));
        Assert.Equal("document has no passages ('## ' headings)", error.Reason);
    }

    // One case per validation rule, through the real file path: (file content, expected line, reason prefix).
    public static TheoryData<string, int, string> BrokenFiles => new()
    {
        { "no header\n## H\nx\n", 1, "missing front matter" },
        { "---\nid: d\n## H\nx\n", 1, "unterminated front matter" },
        { CorpusText.Document().Replace("title:", "titel:", StringComparison.Ordinal), 3, "unknown key 'titel'" },
        { CorpusText.Document().Replace("publisher: Sample Publisher\n", "", StringComparison.Ordinal), 5, "missing required key 'publisher'" },
        { CorpusText.Document().Replace("title: Sample", "title:", StringComparison.Ordinal), 3, "empty value for key 'title'" },
        { CorpusText.Document().Replace("title: Sample", "title: Sample\nreviewed: 19 May 2020", StringComparison.Ordinal), 4, "'reviewed' value '19 May 2020' is not a date" },
        { CorpusText.Document().Replace("title: Sample", "title: Sample\nid: again", StringComparison.Ordinal), 4, "duplicate key 'id'" },
        { CorpusText.Document("Not_A_Slug"), 2, "id 'Not_A_Slug' is not a slug" },
        { CorpusText.Document(body: "## H\n\n## Next\nx\n"), 8, "passage 'H' has an empty body" },
        { CorpusText.Document(body: "Intro.\n## H\nx\n"), 8, "text before the first '## ' heading" },
        { CorpusText.Document(body: "## H\n<!-- questions A? -->\nx\n"), 9, "malformed questions comment" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void LoadDirectory_BrokenFile_FailsWithFileLineAndReason(string content, int line, string reasonStart)
    {
        _corpus.Write("a-good.md", CorpusText.Document("good"));
        var path = _corpus.Write("b-broken.md", content);

        var error = LoadFails();

        Assert.Equal((path, line), (error.FilePath, error.Line));
        Assert.StartsWith(reasonStart, error.Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}:{line}: {error.Reason}", error.Message);
    }

    [Fact]
    public void LoadDirectory_MissingDirectory_ThrowsDirectoryNotFound()
    {
        Assert.Throws<DirectoryNotFoundException>(
            () => CorpusLoader.LoadDirectory(Path.Combine(_corpus.Directory, "absent")));
    }
}
