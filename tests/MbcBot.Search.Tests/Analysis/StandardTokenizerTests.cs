using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class StandardTokenizerTests
{
    public static TheoryData<string, string[]> Tables => new()
    {
        { "HER2-positive breast cancer", ["HER2", "positive", "breast", "cancer"] },
        { "CDK4/6 inhibitors", ["CDK4", "6", "inhibitors"] },
        { "triple-negative", ["triple", "negative"] },
        { "the patient's scan", ["the", "patient's", "scan"] },
        { "I can’t sleep", ["I", "can’t", "sleep"] },
        { "a dose of 2.5 mg, 1,000 units", ["a", "dose", "of", "2.5", "mg", "1,000", "units"] },
        { "e.g. bones", ["e.g", "bones"] },
        { "end. Next", ["end", "Next"] },
        { "'quoted' words'", ["quoted", "words"] },
        { "snake_case id", ["snake_case", "id"] },
        { "café naïve", ["café", "naïve"] },
        { "cafe\u0301", ["cafe\u0301"] },
        { "שלום עולם", ["שלום", "עולם"] },
        { "pain😀here 🎗️ribbon", ["pain", "here", "ribbon"] },
        { "lungs\u00A0liver\tbrain\r\nbone", ["lungs", "liver", "brain", "bone"] },
        { "her\u200E2", ["her2"] },
        { "one\u200Btwo", ["one", "two"] },
        { "", [] },
        { "  ?!  ", [] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void IncrementToken_Text_ProducesExpectedTerms(string text, string[] expected)
    {
        Assert.Equal(expected, TokenStreams.Terms(TokenStreams.Standard(text)));
    }

    [Fact]
    public void IncrementToken_Tokens_CarryOffsetsIntoTheOriginalText()
    {
        var tokens = TokenStreams.Consume(TokenStreams.Standard("Stage IV, again"));

        Assert.Equal([("Stage", 0, 5, 1), ("IV", 6, 8, 1), ("again", 10, 15, 1)], tokens);
    }

    [Fact]
    public void IncrementToken_LoneSurrogatesAndControls_AreSeparatorsAndNeverThrow()
    {
        var terms = TokenStreams.Terms(TokenStreams.Standard("a\uD800b\uDC00c\u0000d\u0007e"));

        Assert.Equal(["a", "b", "c", "d", "e"], terms);
    }

    [Fact]
    public void IncrementToken_SupplementaryLetters_StayWhole()
    {
        var text = "x\U0001D400y \U00020000";

        Assert.Equal(["x\U0001D400y", "\U00020000"], TokenStreams.Terms(TokenStreams.Standard(text)));
    }

    [Fact]
    public void IncrementToken_TokenLongerThanMax_IsSplitIntoChunks()
    {
        var text = new string('a', StandardTokenizer.MaxTokenLength * 2 + 10);

        var lengths = TokenStreams.Terms(TokenStreams.Standard(text)).Select(t => t.Length);

        Assert.Equal([StandardTokenizer.MaxTokenLength, StandardTokenizer.MaxTokenLength, 10], lengths);
    }

    [Fact]
    public void IncrementToken_LongRunOfSurrogatePairs_NeverSplitsAPair()
    {
        var text = string.Concat(Enumerable.Repeat("\U0001D400", 300));

        var terms = TokenStreams.Terms(TokenStreams.Standard(text));

        Assert.All(terms, t => Assert.False(char.IsHighSurrogate(t[^1]), "chunk ends inside a surrogate pair"));
        Assert.Equal(text, string.Concat(terms));
    }

    [Fact]
    public void Reset_AfterConsumption_RestartsFromTheBeginning()
    {
        var tokenizer = TokenStreams.Standard("one two");
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
        }

        tokenizer.Reset();
        Assert.True(tokenizer.IncrementToken());
        Assert.Equal("one", tokenizer.Attributes.ToString());
    }
}
