namespace MbcBot.Ingestion.Tests;

public sealed class PassageTextBuilderTests
{
    [Fact]
    public void Build_WrappedParagraphs_JoinsLinesAndSeparatesBlocksByOneBlankLine()
    {
        var text = PassageTextBuilder.Build(["", "First line", "  continues.", "", "", "Second.", ""]);

        Assert.Equal("First line continues.\n\nSecond.", text);
    }

    [Fact]
    public void Build_ListUnderIntroSentence_KeepsIntroThenItemsAsOwnBlock()
    {
        var text = PassageTextBuilder.Build(["Common sites include the:", "- Lungs", "-   Liver", "", "After."]);

        Assert.Equal("Common sites include the:\n\n- Lungs\n- Liver\n\nAfter.", text);
    }

    [Fact]
    public void Build_IndentedLineAfterItem_ContinuesTheItem()
    {
        var text = PassageTextBuilder.Build(["- Pain in bones", "  and joints.", "- Fatigue."]);

        Assert.Equal("- Pain in bones and joints.\n- Fatigue.", text);
    }

    [Fact]
    public void Build_UnindentedLineAfterList_StartsNewParagraph()
    {
        var text = PassageTextBuilder.Build(["- Item.", "Then prose."]);

        Assert.Equal("- Item.\n\nThen prose.", text);
    }

    [Fact]
    public void Build_OnlyBlankLines_ReturnsEmpty()
    {
        Assert.Equal("", PassageTextBuilder.Build(["", ""]));
    }
}
