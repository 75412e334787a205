using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class SynonymMapTests
{
    public static TheoryData<string, int, string> MalformedFiles => new()
    {
        { "tumor, tumour\nlonely", 2, "at least two" },
        { "a,,b", 1, "empty entry" },
        { "# ok\n\na, b\n, c", 4, "empty entry" },
        { "a => b => c", 1, "more than one '=>'" },
        { "a =>", 1, "empty entry in the right side" },
        { "=> b", 1, "empty entry in the left side" },
        { "a => b, c", 1, "must be one entry" },
        { "a, ?!", 1, "entry '?!'" },
        { "a, b\na => c", 2, "already mapped to 'a' on line 1" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Parse_MalformedLine_ThrowsNamingFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<SynonymFormatException>(() => SynonymMap.Parse(new StringReader(text), "syn.txt"));

        Assert.Equal("syn.txt", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"syn.txt({line}): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndRepeats_AreAccepted()
    {
        var map = Synonyms.Parse("# header\n\n  Tumor , TUMOUR # trailing comment\ntumour => tumor\n");

        Assert.Equal(2, map.RuleCount);
    }

    [Fact]
    public void Parse_EntryWithPunctuation_IsSplitLikeText()
    {
        var map = Synonyms.Parse("xray => X-Ray");
        var analyzer = new EnglishAnalyzer(map);

        Assert.Equal(["x", "rai"], analyzer.Analyze("xray").Select(t => t.Term));
    }

    [Fact]
    public void Load_ProductionFile_ParsesWithRules()
    {
        Assert.True(Synonyms.Production.RuleCount > 100, $"only {Synonyms.Production.RuleCount} rules");
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => SynonymMap.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt")));
    }
}
