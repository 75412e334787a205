using MbcBot.Answering;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class CitationMarkersTests
{
    private static readonly SourceCitation First = new("a", "a#1", "Moffitt", "Metastatic breast cancer", null, null, null);
    private static readonly SourceCitation Second = new("b", "b#2", "WebMD", "When \"It\" Spreads", null, null, "2020-05-19");

    [Fact]
    public void Add_SourceLine_PutsTheMarkerAfterIt()
    {
        var text = "**Heading**\n\nPassage.\n\n*Source: Moffitt, \"Metastatic breast cancer\".*\n\nNot advice.";

        var result = CitationMarkers.Add(text, [First], "Not advice.");

        Assert.Equal("**Heading**\n\nPassage.\n\n*Source: Moffitt, \"Metastatic breast cancer\".* [1]\n\nNot advice.", result);
    }

    [Fact]
    public void Add_TwoSourceLines_NumbersThemInOrder()
    {
        var text = "P1\n\nSource: Moffitt.\n\nP2\n\nSource: WebMD.\n\nNot advice.";

        var result = CitationMarkers.Add(text, [First, Second], "Not advice.");

        Assert.Contains("Source: Moffitt. [1]", result, StringComparison.Ordinal);
        Assert.Contains("Source: WebMD. [2]", result, StringComparison.Ordinal);
        Assert.DoesNotContain("cite:", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NoSourceLine_PutsTheMarkerBeforeTheDisclaimer()
    {
        var result = CitationMarkers.Add("Passage.\n\nNot advice.", [First], "Not advice.");

        Assert.Equal("Passage. [1]\n\nNot advice.", result);
    }

    [Fact]
    public void Add_NoSources_ReturnsTheTextUnchanged()
    {
        Assert.Equal("Hello.", CitationMarkers.Add("Hello.", [], null));
    }
}
