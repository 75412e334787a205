using MbcBot.Cli;

namespace MbcBot.Tests.Cli;

public sealed class ReportChartsTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(18, 20, 5)]
    [InlineData(230, 250, 50)]
    public void Scale_Largest_RoundTopWithAtMostFiveTicks(int largest, int max, int step)
    {
        Assert.Equal((max, step), ReportCharts.Scale(largest));
        Assert.InRange(max / step, 1, 5);
    }
}
