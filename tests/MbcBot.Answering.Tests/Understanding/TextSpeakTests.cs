using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class TextSpeakTests
{
    [Fact]
    public void Parse_RuleWithSeveralSources_EachRewritesToTheTarget()
    {
        var speak = TextSpeak.Parse(["wat, wot , wht => what"], "t.txt");

        Assert.Equal("what", speak.Rewrite("wat"));
        Assert.Equal("what", speak.Rewrite("wot"));
        Assert.Equal("what", speak.Rewrite("wht"));
    }

    [Fact]
    public void Parse_MultiWordTarget_KeptWhole() =>
        Assert.Equal("i don't know", TextSpeak.Parse(["idk => i don't know"], "t.txt").Rewrite("idk"));

    [Fact]
    public void Parse_CommentsAndBlankLines_Ignored()
    {
        var speak = TextSpeak.Parse(["# a comment", "", "   ", "u => you # trailing comment", "#r => are"], "t.txt");

        Assert.Equal("you", speak.Rewrite("u"));
        Assert.Null(speak.Rewrite("r"));
        Assert.Equal(["you"], speak.Targets);
    }

    [Theory]
    [InlineData("U")]
    [InlineData("u")]
    public void Rewrite_AnyCase_Rewritten(string word) =>
        Assert.Equal("you", TextSpeak.Parse(["u => you"], "t.txt").Rewrite(word));

    [Theory]
    [InlineData("us")]   // the rule's word inside a longer word
    [InlineData("u r")]  // not one word
    [InlineData("you")]
    [InlineData("")]
    public void Rewrite_NotAWholeRuleWord_Null(string word) =>
        Assert.Null(TextSpeak.Parse(["u => you", "r => are"], "t.txt").Rewrite(word));

    [Fact]
    public void Empty_RewritesNothing()
    {
        Assert.Null(TextSpeak.Empty.Rewrite("u"));
        Assert.Empty(TextSpeak.Empty.Targets);
    }

    [Theory]
    [InlineData("wat what")]            // no arrow
    [InlineData("wat => what => who")]  // two arrows
    [InlineData("=> what")]             // no source
    [InlineData("wat =>")]              // no target
    [InlineData("wat, => what")]        // empty source
    [InlineData("w at => what")]        // a source with a space
    public void Parse_MalformedLine_FormatExceptionNamingFileAndLine(string bad)
    {
        var ex = Assert.Throws<FormatException>(() => TextSpeak.Parse(["# header", "u => you", bad], "text-speak.txt"));

        Assert.StartsWith("text-speak.txt(3):", ex.Message);
    }

    [Theory]
    [InlineData("u => you", "u => you")]
    [InlineData("u => you", "U => you")]     // duplicates compare case-insensitively
    [InlineData("u => you", "ur, u => your")]
    public void Parse_DuplicateSource_FormatExceptionNamingFileAndLine(string first, string second)
    {
        var ex = Assert.Throws<FormatException>(() => TextSpeak.Parse([first, "", second], "ts.txt"));

        Assert.StartsWith("ts.txt(3):", ex.Message);
        Assert.Contains("already has a rule", ex.Message);
    }

    [Fact]
    public void Parse_DuplicateSourceOnOneLine_FormatException()
    {
        var ex = Assert.Throws<FormatException>(() => TextSpeak.Parse(["wat, wat => what"], "ts.txt"));

        Assert.StartsWith("ts.txt(1):", ex.Message);
    }

    [Fact]
    public void Load_RealCorpusFile_ParsesWithKnownRules()
    {
        var speak = TextSpeak.Load(Path.Combine(RepositoryPaths.Corpus, "text-speak.txt"));

        Assert.Equal("what", speak.Rewrite("wat"));
        Assert.Equal("you", speak.Rewrite("U"));
        Assert.Equal("can't", speak.Rewrite("cant"));
        Assert.Equal("before", speak.Rewrite("b4"));
        Assert.True(speak.Targets.Count() >= 50);
    }

    [Theory]
    [InlineData("wat")]
    [InlineData("WAT")]
    [InlineData("wot")]
    [InlineData("what")]
    [InlineData("")]
    public void Rewrite_WordInPlace_SameAsTheString(string word)
    {
        var speak = TextSpeak.Parse(["wat, wot => what", "r => are"], "t.txt");
        var text = $"x {word} y";

        Assert.Equal(speak.Rewrite(word), speak.Rewrite(text.AsSpan(2, word.Length)));
    }
}
