namespace MbcBot.Insights.Tests;

public sealed class ConfidenceBandTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(0.0, "low")]
    [InlineData(0.49, "low")]
    [InlineData(0.5, "medium")]
    [InlineData(0.74, "medium")]
    [InlineData(0.75, "high")]
    [InlineData(1.0, "high")]
    public void Of_Confidence_GivesItsBand(double? confidence, string? expected)
    {
        Assert.Equal(expected, ConfidenceBand.Of(confidence));
    }
}
