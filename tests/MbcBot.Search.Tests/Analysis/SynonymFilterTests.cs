using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class SynonymFilterTests
{
    private static readonly SynonymMap Map = Synonyms.Parse("""
        tumor, tumour
        stage 4, stage iv, stage four
        short of breath, shortness of breath => breathing difficulty
        a b c => long
        a b => short
        """);

    public static TheoryData<string, string[]> Tables => new()
    {
        { "tumour tumor", ["tumor", "tumor"] },
        { "stage four cancer", ["stage", "4", "cancer"] },
        { "stage iv", ["stage", "4"] },
        { "stage", ["stage"] },
        { "stage three", ["stage", "three"] },
        { "very short of breath today", ["very", "breathing", "difficulty", "today"] },
        { "short of time", ["short", "of", "time"] },
        { "a b c", ["long"] },
        { "a b d", ["short", "d"] },
        { "a a b c", ["a", "long"] },
        { "a", ["a"] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void IncrementToken_OverWhitespaceTokens_ReplacesLongestMatch(string text, string[] expected)
    {
        Assert.Equal(expected, TokenStreams.Terms(new SynonymFilter(TokenStreams.Whitespace(text), Map)));
    }

    [Fact]
    public void IncrementToken_MultiWordReplacement_SpansTheMatchedOffsets()
    {
        var tokens = TokenStreams.Consume(new SynonymFilter(TokenStreams.Whitespace("x short of breath y"), Map));

        Assert.Equal(
            [("x", 0, 1, 1), ("breathing", 2, 17, 1), ("difficulty", 2, 17, 1), ("y", 18, 19, 1)],
            tokens);
    }

    [Fact]
    public void Reset_MidStream_ClearsBufferedTokens()
    {
        var filter = new SynonymFilter(TokenStreams.Whitespace("short of breath"), Map);
        filter.Reset();
        Assert.True(filter.IncrementToken());

        Assert.Equal(["breathing", "difficulty"], TokenStreams.Terms(filter));
    }

    [Fact]
    public void IncrementToken_EmptyMap_PassesTokensThrough()
    {
        var terms = TokenStreams.Terms(new SynonymFilter(TokenStreams.Whitespace("tumour stage iv"), SynonymMap.Empty));

        Assert.Equal(["tumour", "stage", "iv"], terms);
    }
}
