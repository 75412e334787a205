using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class LetterMaskTests
{
    [Theory]
    [InlineData("symtoms", "symptoms", 1)]
    [InlineData("sypmtoms", "symptoms", 1)]
    [InlineData("siezure", "seizure", 1)]
    [InlineData("kemotherapy", "chemotherapy", 2)]
    [InlineData("", "ab", 2)]
    public void MayBeWithin_WordsWithinK_True(string a, string b, int k) =>
        Assert.True(LetterMask.MayBeWithin(LetterMask.Of(a), LetterMask.Of(b), k));

    [Theory]
    [InlineData("lungs", "blood", 1)]  // b, o, d are new
    [InlineData("bones", "liver", 2)]
    [InlineData("abc", "abxy", 1)]     // two letters that "abc" lacks
    public void MayBeWithin_MoreNewLettersThanK_False(string a, string b, int k) =>
        Assert.False(LetterMask.MayBeWithin(LetterMask.Of(a), LetterMask.Of(b), k));

    [Fact]
    public void MayBeWithin_RandomWordsWithinTheDistance_NeverFalse()
    {
        // The contract the spelling searches rely on: the mask never rejects a word that the distance accepts.
        var random = new Random(20261202);
        var checkedWithin = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(2) == 0 ? Mutate(a, random) : RandomWord(random);
            for (var k = 0; k <= 3; k++)
            {
                if (EditDistance.Osa(a, b, k) > k) continue;
                checkedWithin++;
                Assert.True(LetterMask.MayBeWithin(LetterMask.Of(a), LetterMask.Of(b), k), $"'{a}' and '{b}' within {k}");
            }
        }

        Assert.True(checkedWithin > 5_000, $"only {checkedWithin} pairs were within the distance");
    }

    [Fact]
    public void MayBeWithin_CharactersSharingABit_StillTrue()
    {
        // 'a' (97) and '!' (33) share bit 33: the test may pass a far pair, never reject a close one.
        Assert.True(LetterMask.MayBeWithin(LetterMask.Of("a"), LetterMask.Of("!"), 0));
        Assert.True(LetterMask.MayBeWithin(LetterMask.Of("é"), LetterMask.Of("e"), 1));
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 10)).Select(_ => "abcdefghij"[random.Next(10)]).ToArray());

    /// <summary>Up to three random edits: substitution, insertion, deletion or adjacent transposition.</summary>
    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var letter = "abcdefghijklm"[random.Next(13)];
            switch (random.Next(4))
            {
                case 0 when chars.Count > 0:
                    chars[random.Next(chars.Count)] = letter;
                    break;
                case 1:
                    chars.Insert(random.Next(chars.Count + 1), letter);
                    break;
                case 2 when chars.Count > 0:
                    chars.RemoveAt(random.Next(chars.Count));
                    break;
                case 3 when chars.Count > 1:
                    var i = random.Next(chars.Count - 1);
                    (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
