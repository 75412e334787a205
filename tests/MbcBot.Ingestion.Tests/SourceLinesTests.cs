namespace MbcBot.Ingestion.Tests;

public sealed class SourceLinesTests
{
    [Fact]
    public void Split_BomCrLfAndTrailingWhitespace_GivesCleanLines()
    {
        var lines = SourceLines.Split("\uFEFF---  \r\nid: a\t\r\n\r\nlast");

        Assert.Equal(["---", "id: a", "", "last"], lines);
    }

    [Fact]
    public void Split_LoneCarriageReturns_AreLineBreaks()
    {
        Assert.Equal(["a", "b"], SourceLines.Split("a\rb"));
    }

    [Fact]
    public void Split_BomInsideText_IsKept()
    {
        Assert.Equal(["a\uFEFFb"], SourceLines.Split("a\uFEFFb"));
    }
}
