using System.Numerics;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// The characters of a word as a 64-bit set (bit <c>c mod 64</c> for each character <c>c</c>): a test, a few
/// instructions long, that most words are too far apart to be worth an edit-distance computation.
/// <para>
/// Contract: <see cref="MayBeWithin"/> is false only when the optimal string alignment distance
/// (<see cref="EditDistance.Osa"/>) of the two words is above <c>k</c>, never for words within <c>k</c>. Why: an
/// edit script brings one character into a word per insertion or substitution and none per deletion or transposition,
/// so a script of at most <c>k</c> edits from a to b leaves at most <c>k</c> distinct characters of b that a lacks,
/// and (read backwards) at most <c>k</c> of a that b lacks. A bit set in one mask and not the other stands for at least
/// one such character; characters sharing a bit can only make the count smaller.
/// </para>
/// </summary>
internal static class LetterMask
{
    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong mask = 0;
        foreach (var c in word)
        {
            mask |= 1UL << (c & 63);
        }

        return mask;
    }

    /// <summary>False when the words with these masks are certainly more than <paramref name="k"/> edits apart.</summary>
    public static bool MayBeWithin(ulong a, ulong b, int k) =>
        BitOperations.PopCount(b & ~a) <= k && BitOperations.PopCount(a & ~b) <= k;
}
