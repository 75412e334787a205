using System.Text.Json.Nodes;
using MbcBot.Answering;
using MbcBot.Cli;

namespace MbcBot.Tests.Cli;

public sealed class AskJsonLineTests
{
    private static readonly SourceCitation Citation = new("doc-a", "doc-a#2", "Moffitt Cancer Center", "How breast cancer spreads", "Bones", null, "2024-01-31");

    [Theory]
    [InlineData(ReplyKind.Answer, "answer")]
    [InlineData(ReplyKind.NoAnswer, "no_answer")]
    [InlineData(ReplyKind.Emergency, "emergency")]
    [InlineData(ReplyKind.Advice, "advice")]
    [InlineData(ReplyKind.SmallTalk, "smalltalk")]
    public void KindName_EachKind_IsTheDocumentedName(ReplyKind kind, string expected)
    {
        Assert.Equal(expected, AskJsonLine.KindName(kind));
    }

    [Fact]
    public void KindName_EveryEnumValue_HasADistinctName()
    {
        var names = Enum.GetValues<ReplyKind>().Select(AskJsonLine.KindName).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z_]+$", n));
    }

    [Fact]
    public void KindName_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AskJsonLine.KindName((ReplyKind)99));
    }

    [Fact]
    public void Serialize_Answer_WritesOneLineWithItsKeysTheCitationAndSuggestions()
    {
        var reply = new Reply(ReplyKind.Answer, "Line one.\n\n- item \"quoted\" é", Citation, ["Next?"]);

        var json = AskJsonLine.Serialize("where does it spread?", reply);

        Assert.DoesNotContain('\n', json);
        var line = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["question", "kind", "text", "source", "sources", "suggestions"], line.Select(p => p.Key));
        Assert.Equal(["Next?"], line["suggestions"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Moffitt Cancer Center", Assert.Single(line["sources"]!.AsArray())!["publisher"]!.GetValue<string>());
        Assert.Equal("where does it spread?", line["question"]!.GetValue<string>());
        Assert.Equal("answer", line["kind"]!.GetValue<string>());
        Assert.Equal(reply.Text, line["text"]!.GetValue<string>());
        Assert.Equal("Moffitt Cancer Center", line["source"]!["publisher"]!.GetValue<string>());
        Assert.Equal("How breast cancer spreads", line["source"]!["title"]!.GetValue<string>());
        Assert.Equal("2024-01-31", line["source"]!["reviewDate"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_NoSource_WritesSourceNull()
    {
        var json = AskJsonLine.Serialize("bread?", new Reply(ReplyKind.NoAnswer, "Not covered.", null, []));

        var line = JsonNode.Parse(json)!.AsObject();
        Assert.True(line.ContainsKey("source"));
        Assert.Null(line["source"]);
        Assert.Equal("no_answer", line["kind"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_NonAsciiAndQuotes_StayReadable()
    {
        var json = AskJsonLine.Serialize("tumour — \"mets\"?", new Reply(ReplyKind.NoAnswer, "café", null, []));

        Assert.Contains("tumour — \\\"mets\\\"?", json, StringComparison.Ordinal);
        Assert.Contains("café", json, StringComparison.Ordinal);
    }
}
