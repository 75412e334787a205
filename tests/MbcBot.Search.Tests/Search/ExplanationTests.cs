using MbcBot.Search.Search;

namespace MbcBot.Search.Tests.Search;

public sealed class ExplanationTests
{
    [Fact]
    public void ToString_Tree_PrintsOneIndentedLinePerNode()
    {
        var tree = Explanation.Match(3, "sum of:", Explanation.Match(1, "a"), Explanation.Match(2, "b", Explanation.Match(0.5, "c")));

        Assert.Equal("3 = sum of:\n  1 = a\n  2 = b\n    0.5 = c\n", tree.ToString());
    }

    [Fact]
    public void NoMatch_Always_HasZeroValueAndIsNotAMatch()
    {
        var explanation = Explanation.NoMatch("nothing");

        Assert.False(explanation.IsMatch);
        Assert.Equal(0, explanation.Value);
        Assert.Empty(explanation.Details);
    }
}
