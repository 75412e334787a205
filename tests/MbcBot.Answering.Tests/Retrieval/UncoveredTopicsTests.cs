using MbcBot.Answering.Learning;
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
        "",
        "[ one-drug ]",
        "words: tamoxifen,letrozole, ,zoledronic acid",
        "[places]",
    ];

    private static readonly UncoveredTopics Topics = UncoveredTopics.Parse(Lines, "not-covered.txt");

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
    }

    [Fact]
    public void Parse_ExampleQuestionLine_FormatExceptionNamingFileLineAndWhereExamplesGo()
    {
        // Example questions are labelled data now (examples/questions), never lines of not-covered.txt.
        var ex = Assert.Throws<FormatException>(() => UncoveredTopics.Parse(["# c", "[money]", "How much is it?"], "not-covered.txt"));

        Assert.StartsWith("not-covered.txt(3):", ex.Message);
        Assert.Contains("examples/questions", ex.Message);
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
        var ex = Assert.Throws<FormatException>(() => UncoveredTopics.Parse(["[money]", "words: x", kindLine], "nc.txt"));

        Assert.StartsWith("nc.txt(3):", ex.Message);
    }

    [Fact]
    public void Parse_NoLines_None()
    {
        var topics = UncoveredTopics.Parse([], "t");

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
    public void Load_RealCorpusFile_EveryKindWithWordsIsAKindOfTheLabelledExamples()
    {
        var topics = UncoveredTopics.Load(Path.Combine(RepositoryPaths.Corpus, "not-covered.txt"));
        var labelled = ExampleSet.Embedded.Questions.Where(e => e.Label == LabelledExample.NotCovered).Select(e => e.Kind!).ToHashSet();

        Assert.True(topics.Words.Select(w => w.Kind).Distinct().Count() >= 3);
        Assert.Subset(labelled, topics.Words.Select(w => w.Kind).ToHashSet());
        Assert.Equal("money-insurance", topics.KindNamedIn("How much does an MRI cost?"));
        Assert.Equal("one-drug", topics.KindNamedIn("does letrozole make you tired"));
        Assert.Null(topics.KindNamedIn("What is metastatic breast cancer?"));
        Assert.All(topics.Words, w => Assert.False(string.IsNullOrWhiteSpace(w.Text)));
    }

    [Fact]
    public void KindNamedIn_RealWordsInManyTexts_SameAsWalkingEveryWord()
    {
        // The one-regex pre-check must answer exactly as asking each word's own pattern in turn.
        var topics = UncoveredTopics.Load(Path.Combine(RepositoryPaths.Corpus, "not-covered.txt"));
        var questions = ExampleSet.Embedded.Questions.Where(e => e.Label == LabelledExample.NotCovered).Select(e => e.Text);
        var texts = questions
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
    public void KindNamedIn_KindWithoutWords_Null() => Assert.Null(UncoveredTopics.Parse(["[money]"], "t").KindNamedIn("how much"));
}
