using MbcBot.Answering;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class ReferenceDefinitionsTests
{
    private static readonly SourceCitation First = new("a", "a#1", "Moffitt", "Metastatic breast cancer", null, null, null);
    private static readonly SourceCitation Second = new("b", "b#2", "WebMD", "When \"It\" Spreads", null, null, "2020-05-19");

    [Fact]
    public void Append_OneSource_EndsWithItsDefinitionAndLeavesTheTextAlone()
    {
        var text = "Passage.\n\n*Source: Moffitt.*\n\nNot advice.";

        var result = ReferenceDefinitions.Append(text, [First]);

        Assert.Equal(text + "\n\n[1]: cite:1 \"Metastatic breast cancer\"", result);
    }

    [Fact]
    public void Append_TwoSources_OneLineEachWithQuotesEscaped()
    {
        var result = ReferenceDefinitions.Append("P", [First, Second]);

        Assert.Equal("P\n\n[1]: cite:1 \"Metastatic breast cancer\"\n[2]: cite:2 \"When \\\"It\\\" Spreads\"", result);
    }

    [Fact]
    public void Append_NoSources_ReturnsTheTextUnchanged()
    {
        Assert.Equal("Hello.", ReferenceDefinitions.Append("Hello.", []));
    }
}
