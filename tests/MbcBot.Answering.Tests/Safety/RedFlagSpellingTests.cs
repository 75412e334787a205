using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Safety;

public sealed class RedFlagSpellingTests
{
    private static readonly RedFlagSpelling Spelling = RedFlagTable.Default.Spelling;

    [Theory]
    [InlineData("siezure", "seizure")]
    [InlineData("chesst", "chest")]
    [InlineData("cofing", "coughing")]
    [InlineData("blod", "blood")]
    [InlineData("bleding", "bleeding")]
    [InlineData("throwin", "throwing")]
    [InlineData("vomitting", "vomiting")]
    [InlineData("unconsciuos", "unconscious")]
    [InlineData("brething", "breathing")]
    [InlineData("convulsiom", "convulsion")]
    public void FixWord_TypoOfRedFlagWord_ReturnsTheWord(string typed, string meant) => Assert.Equal(meant, Spelling.FixWord(typed));

    [Theory]
    [InlineData("ever")]
    [InlineData("breeding")]
    [InlineData("chess")]
    [InlineData("blond")]
    [InlineData("flood")]
    [InlineData("paint")]
    [InlineData("never")]
    [InlineData("treating")]
    [InlineData("seizure")]
    [InlineData("garden")]
    public void FixWord_RealWordOrKnownWord_IsLeftAlone(string word) => Assert.Null(Spelling.FixWord(word));

    [Fact]
    public void Fix_KeepsEveryOtherCharacter()
    {
        var (text, changed) = Spelling.Fix("i'm not cofing up blod, ok?");

        Assert.Equal("i'm not coughing up blood, ok?", text);
        Assert.Equal(2, changed);
    }

    [Theory]
    [InlineData("seizure", "siezure", 1, 1)]
    [InlineData("chest", "chesst", 1, 1)]
    [InlineData("abc", "abc", 1, 0)]
    [InlineData("breathing", "brxxthing", 1, 2)]
    public void Distance_IsOptimalStringAlignment_CappedAboveLimit(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, MbcBot.Answering.Understanding.EditDistance.Osa(a, b, limit));
}
