using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class UncoveredTopicsTests
{
    private static readonly string[] Lines =
    [
        "# header comment",
        "",
        "[money]",
        "# why: no prices",
        "words: cost, price, fund it, co-pay",
        "How much does an MRI cost?",
        "  Will insurance cover chemo?  ",
        "",
        "[ one-drug ]",
        "words: tamoxifen,letrozole, ,zoledronic acid",
        "What are the side effects of letrozole?",
        "[places]",
        "Where is the nearest clinic?",
    ];

    private static readonly UncoveredTopics Topics = UncoveredTopics.Parse(Lines, "not-covered.txt");

    [Fact]
    public void Parse_Examples_WithTheirKindsInOrder() =>
        Assert.Equal(
            [
                new UncoveredExample("money", "How much does an MRI cost?"),
                new UncoveredExample("money", "Will insurance cover chemo?"),
                new UncoveredExample("one-drug", "What are the side effects of letrozole?"),
                new UncoveredExample("places", "Where is the nearest clinic?"),
            ],
            Topics.Examples);

    [Fact]
    public void Parse_WordsLines_TrimmedWithTheirKinds() =>
        Assert.Equal(
            ["money:cost", "money:price", "money:fund it", "money:co-pay", "one-drug:tamoxifen", "one-drug:letrozole", "one-drug:zoledronic acid"],
            Topics.Words.Select(w => $"{w.Kind}:{w.Text}"));

    [Fact]
    public void Parse_WordsPrefix_AnyCase()
    {
        var topics = UncoveredTopics.Parse(["[money]", "WORDS: cost"], "t");

        Assert.Equal("cost", topics.Words.Single().Text);
        Assert.Empty(topics.Examples);
    }

    [Fact]
    public void Parse_ExampleBeforeAnyKind_FormatExceptionNamingFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => UncoveredTopics.Parse(["# c", "", "How much is it?", "[money]"], "not-covered.txt"));

        Assert.StartsWith("not-covered.txt(3):", ex.Message);
    }

    [Fact]
    public void Parse_WordsBeforeAnyKind_FormatExceptionNamingFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => UncoveredTopics.Parse(["words: cost"], "nc.txt"));

        Assert.StartsWith("nc.txt(1):", ex.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[   ]")]
    public void Parse_EmptyKind_FormatExceptionNamingFileAndLine(string kindLine)
    {
        var ex = Assert.Throws<FormatException>(() => UncoveredTopics.Parse(["[money]", "x", kindLine], "nc.txt"));

        Assert.StartsWith("nc.txt(3):", ex.Message);
    }

    [Fact]
    public void Parse_NoLines_None()
    {
        var topics = UncoveredTopics.Parse([], "t");

        Assert.Empty(topics.Examples);
        Assert.Empty(topics.Words);
        Assert.Null(topics.KindNamedIn("how much does it cost"));
    }

    [Theory]
    [InlineData("How much does an MRI cost?", "money")]
    [InlineData("COST of scans", "money")]
    [InlineData("what's the Price", "money")]
    [InlineData("can the NHS fund it", "money")]            // a phrase
    [InlineData("can they fund   it?", "money")]            // a phrase across several spaces
    [InlineData("is there a co-pay", "money")]              // a hyphenated word
    [InlineData("side effects of Tamoxifen", "one-drug")]
    [InlineData("is zoledronic acid safe", "one-drug")]
    [InlineData("cost-free", "money")]                      // a hyphen ends a word
    public void KindNamedIn_WholeWordOrPhrase_TheKind(string text, string expected) =>
        Assert.Equal(expected, Topics.KindNamedIn(text));

    [Theory]
    [InlineData("my halloween costume")]   // "cost" inside "costume"
    [InlineData("the costs")]              // "costs" is not in this list
    [InlineData("precost")]
    [InlineData("pricey")]
    [InlineData("zoledronic")]             // half of a phrase
    [InlineData("fund")]
    [InlineData("tamoxifen2")]             // a digit continues the word
    [InlineData("what is hormone therapy")]
    [InlineData("")]
    public void KindNamedIn_NoWholeWordOrPhrase_Null(string text) => Assert.Null(Topics.KindNamedIn(text));

    [Fact]
    public void KindNamedIn_WordsOfTwoKinds_TheFirstKindListed() =>
        Assert.Equal("money", Topics.KindNamedIn("does letrozole cost much"));

    [Fact]
    public void Load_RealCorpusFile_ParsesWithAtLeastFiveKinds()
    {
        var topics = UncoveredTopics.Load(Path.Combine(RepositoryPaths.Corpus, "not-covered.txt"));

        Assert.True(topics.Examples.Select(e => e.Kind).Distinct().Count() >= 5);
        Assert.Equal("money", topics.KindNamedIn("How much does an MRI cost?"));
        Assert.Equal("one-drug", topics.KindNamedIn("does letrozole make you tired"));
        Assert.Null(topics.KindNamedIn("What is metastatic breast cancer?"));
        Assert.All(topics.Examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
    }

    [Fact]
    public void KindNamedIn_RealWordsInManyTexts_SameAsWalkingEveryWord()
    {
        // The one-regex pre-check must answer exactly as asking each word's own pattern in turn.
        var topics = UncoveredTopics.Load(Path.Combine(RepositoryPaths.Corpus, "not-covered.txt"));
        var texts = topics.Examples.Select(e => e.Text)
            .Concat(topics.Words.SelectMany(w => new[]
            {
                w.Text, w.Text.ToUpperInvariant(), $"is {w.Text}?", $"x{w.Text}", $"{w.Text}s and more", $"{w.Text}2",
                w.Text.Replace(" ", "  \n", StringComparison.Ordinal), $"what about {w.Text[..^1]}",
            }))
            .Concat(File.ReadLines(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt")))
            .ToList();

        foreach (var text in texts)
        {
            Assert.Equal(topics.Words.FirstOrDefault(w => w.Pattern.IsMatch(text))?.Kind, topics.KindNamedIn(text));
        }

        Assert.Contains(texts, t => topics.KindNamedIn(t) is null);
        Assert.Contains(texts, t => topics.KindNamedIn(t) is not null);
    }

    [Fact]
    public void KindNamedIn_NoWords_Null() => Assert.Null(UncoveredTopics.Parse(["[money]", "How much?"], "t").KindNamedIn("how much"));
}
