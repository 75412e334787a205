namespace MbcBot.Ingestion.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("moffitt-how-breast-cancer-spreads", true)]
    [InlineData("doc-2", true)]
    [InlineData("Doc", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a_b", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    [InlineData("caf\u00e9", false)]
    public void IsValid_Value_MatchesSlugRule(string value, bool expected)
    {
        Assert.Equal(expected, Slug.IsValid(value));
    }
}
