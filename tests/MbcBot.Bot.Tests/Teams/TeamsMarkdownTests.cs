using MbcBot.Bot.Teams;

namespace MbcBot.Bot.Tests.Teams;

public sealed class TeamsMarkdownTests
{
    [Theory]
    [InlineData("## Treatments", "**Treatments**")]
    [InlineData("- first\n- second", "• first  \n• second")]
    [InlineData("one\ntwo", "one  \ntwo")]
    [InlineData("para one\n\npara two", "para one\n\npara two")]
    [InlineData("above\n\n---\n\nbelow", "above\n\n\nbelow")]
    [InlineData("**bold** and _it_ [link](https://x.org)", "**bold** and _it_ [link](https://x.org)")]
    public void Adapt_Markdown_UsesOnlyWhatTeamsRenders(string input, string expected)
    {
        Assert.Equal(expected, TeamsMarkdown.Adapt(input));
    }

    [Fact]
    public void Adapt_CrLf_IsNormalised()
    {
        Assert.Equal("a  \nb", TeamsMarkdown.Adapt("a\r\nb"));
    }
}
