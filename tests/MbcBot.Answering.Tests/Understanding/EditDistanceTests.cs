using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("symptoms", "symptoms", 0)]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("symtoms", "symptoms", 1)]   // one deletion
    [InlineData("sympptoms", "symptoms", 1)] // one insertion
    [InlineData("symptons", "symptoms", 1)]  // one substitution
    [InlineData("sypmtoms", "symptoms", 1)]  // one adjacent transposition
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("ca", "abc", 3)] // OSA edits each substring once: 3, where unrestricted Damerau gives 2
    public void Osa_WithinMax_ExactDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Osa(a, b, 5));
        Assert.Equal(expected, EditDistance.Osa(b, a, 5));
    }

    [Theory]
    [InlineData("kitten", "sitting", 2)]
    [InlineData("kitten", "sitting", 0)]
    [InlineData("abcdef", "ghijkl", 3)]
    [InlineData("a", "abcdefgh", 2)] // length difference alone exceeds max
    [InlineData("symptoms", "sypmtmos", 1)]
    public void Osa_BeyondMax_MaxPlusOne(string a, string b, int max) =>
        Assert.Equal(max + 1, EditDistance.Osa(a, b, max));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("sypmtoms", "symptoms", 1, 1)]
    [InlineData("liver", "liver", 0, 0)]
    public void Osa_DistanceEqualToMax_ExactDistance(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Osa(a, b, max));

    [Fact]
    public void Osa_TwoTranspositions_Two() => Assert.Equal(2, EditDistance.Osa("abcd", "badc", 3));

    [Fact]
    public void Osa_CaseDiffers_CountsAsSubstitution() => Assert.Equal(1, EditDistance.Osa("Liver", "liver", 2));
}
