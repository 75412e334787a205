using MbcBot.Answering.Composition;

namespace MbcBot.Answering.Tests.Composition;

public sealed class MarkdownReplyTests
{
    [Fact]
    public void ToString_NothingAdded_Empty() => Assert.Equal("", new MarkdownReply().ToString());

    [Fact]
    public void Paragraph_Several_SeparatedByOneBlankLine() =>
        Assert.Equal("One.\n\nTwo.\n\nThree.", new MarkdownReply().Paragraph("One.").Paragraph("Two.").Paragraph("Three.").ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Paragraph_Blank_Skipped(string? blank) =>
        Assert.Equal("One.\n\nTwo.", new MarkdownReply().Paragraph(blank).Paragraph("One.").Paragraph(blank).Paragraph("Two.").ToString());

    [Fact]
    public void Paragraph_SurroundingWhitespace_Trimmed() =>
        Assert.Equal("One.\n\nTwo.", new MarkdownReply().Paragraph("  One.\n").Paragraph("\n\nTwo.  ").ToString());

    [Fact]
    public void Paragraph_InnerListLines_KeptAsTheyAre()
    {
        const string text = "Symptoms include:\n- Jaundice.\n- Skin rashes.";

        Assert.Equal(text, new MarkdownReply().Paragraph(text).ToString());
    }

    [Fact]
    public void Bold_Text_WrappedInDoubleAsterisksAsItsOwnParagraph() =>
        Assert.Equal("Intro\n\n**Heading**", new MarkdownReply().Paragraph("Intro").Bold(" Heading ").ToString());

    [Fact]
    public void Italic_Text_WrappedInSingleAsterisks() =>
        Assert.Equal("*Source: X.*", new MarkdownReply().Italic("Source: X.").ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void BoldAndItalic_Blank_AddNothing(string? blank) =>
        Assert.Equal("", new MarkdownReply().Bold(blank).Italic(blank).ToString());

    [Fact]
    public void List_Items_OneDashLinePerItemBlankItemsSkipped() =>
        Assert.Equal(
            "Ask:\n\n- First?\n- Second?",
            new MarkdownReply().Paragraph("Ask:").List(["First?", "  ", " Second? "]).ToString());

    [Fact]
    public void List_NoItems_AddsNoParagraph() =>
        Assert.Equal("Ask:\n\nEnd.", new MarkdownReply().Paragraph("Ask:").List([]).Paragraph("End.").ToString());
}
