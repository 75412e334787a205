using MbcBot.Answering;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class CitationMarkersTests
{
    private static readonly SourceCitation First = new("a", "a#1", "Moffitt", "Metastatic breast cancer", null, null, null);
    private static readonly SourceCitation Second = new("b", "b#2", "WebMD", "When \"It\" Spreads", null, null, "2020-05-19");

    [Fact]
    public void Add_SourceLine_PutsTheMarkerAfterItAndTheDefinitionAtTheEnd()
    {
        var text = "**Heading**\n\nPassage.\n\n*Source: Moffitt, \"Metastatic breast cancer\".*\n\nNot advice.";

        var result = CitationMarkers.Add(text, [First], "Not advice.", withDefinitions: true);

        Assert.Equal(
            "**Heading**\n\nPassage.\n\n*Source: Moffitt, \"Metastatic breast cancer\".* [1]\n\nNot advice.\n\n[1]: cite:1 \"Metastatic breast cancer\"",
            result);
    }

    [Fact]
    public void Add_TwoSourceLines_NumbersThemInOrderAndEscapesQuotesInTitles()
    {
        var text = "P1\n\nSource: Moffitt.\n\nP2\n\nSource: WebMD.\n\nNot advice.";

        var result = CitationMarkers.Add(text, [First, Second], "Not advice.", withDefinitions: true);

        Assert.Contains("Source: Moffitt. [1]", result, StringComparison.Ordinal);
        Assert.Contains("Source: WebMD. [2]", result, StringComparison.Ordinal);
        Assert.EndsWith("[1]: cite:1 \"Metastatic breast cancer\"\n[2]: cite:2 \"When \\\"It\\\" Spreads\"", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NoSourceLine_PutsTheMarkerBeforeTheDisclaimer()
    {
        var result = CitationMarkers.Add("Passage.\n\nNot advice.", [First], "Not advice.", withDefinitions: false);

        Assert.Equal("Passage. [1]\n\nNot advice.", result);
    }

    [Fact]
    public void Add_WithoutDefinitions_AddsOnlyMarkers()
    {
        var result = CitationMarkers.Add("Passage.\n\nSource: Moffitt.", [First], null, withDefinitions: false);

        Assert.Equal("Passage.\n\nSource: Moffitt. [1]", result);
        Assert.DoesNotContain("cite:", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NoSources_ReturnsTheTextUnchanged()
    {
        Assert.Equal("Hello.", CitationMarkers.Add("Hello.", [], null, withDefinitions: true));
    }
}
