using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class EnglishPossessiveFilterTests
{
    public static TheoryData<string, string[]> Tables => new()
    {
        { "patient's doctor’s NURSE'S", ["patient", "doctor", "NURSE"] },
        { "FULLWIDTH＇s", ["FULLWIDTH"] },
        { "its it's 's s", ["its", "it", "", "s"] },
        { "patients' can't", ["patients'", "can't"] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void IncrementToken_OverWhitespaceTokens_StripsTrailingPossessive(string text, string[] expected)
    {
        Assert.Equal(expected, TokenStreams.Terms(new EnglishPossessiveFilter(TokenStreams.Whitespace(text))));
    }
}
