using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class LowerCaseFilterTests
{
    public static TheoryData<string, string[]> Tables => new()
    {
        { "HER2 Metastatic ÉCHO", ["her2", "metastatic", "écho"] },
        { "ΣΟΦΙΑ Ärzte", ["σοφια", "ärzte"] },
        { "\U00010400X", ["\U00010428x"] }, // Deseret capital long I → small, a surrogate pair
        { "already lower 123", ["already", "lower", "123"] },
        { "\uD801 lone", ["\uD801", "lone"] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void IncrementToken_OverWhitespaceTokens_LowerCasesInvariantly(string text, string[] expected)
    {
        Assert.Equal(expected, TokenStreams.Terms(new LowerCaseFilter(TokenStreams.Whitespace(text))));
    }
}
