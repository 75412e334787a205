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

    [Fact]
    public void Osa_RandomWords_SameAsTheFullMatrix()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 3000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomWord(random);
            var exact = FullMatrix(a, b);
            var max = random.Next(0, 5);

            Assert.Equal(Math.Min(exact, max + 1), EditDistance.Osa(a, b, max));
        }
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 9)).Select(_ => "abcd"[random.Next(4)]).ToArray());

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        if (chars.Count > 1)
        {
            var i = random.Next(chars.Count - 1);
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        }

        chars.Insert(random.Next(chars.Count + 1), 'b');
        return new string(chars.ToArray());
    }

    /// <summary>The textbook optimal string alignment recurrence over the whole matrix, no cut-off.</summary>
    private static int FullMatrix(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
