using System.Text.RegularExpressions;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Safety;

public sealed class FeverThresholdTests
{
    private static readonly Regex Reading = new(@"(?<value>\d+(?:[.,]\d+)?)\s*(?<unit>c|f)?");

    [Theory]
    [InlineData("38", true)]
    [InlineData("37.9", false)]
    [InlineData("38,2", true)]
    [InlineData("38c", true)]
    [InlineData("100.4", true)]
    [InlineData("100.3f", false)]
    [InlineData("101f", true)]
    [InlineData("99", false)]
    [InlineData("38f", false)]
    [InlineData("47c", false)]
    [InlineData("120", false)]
    public void IsFever_Reading_ComparesWithThreshold(string text, bool expected) =>
        Assert.Equal(expected, FeverThreshold.IsFever(Reading.Match(text)));
}
