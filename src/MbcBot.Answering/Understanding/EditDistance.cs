namespace MbcBot.Answering.Understanding;

/// <summary>Edit distances between short words.</summary>
internal static class EditDistance
{
    /// <summary>Rows up to this many cells live on the stack; longer words (never a real word) use the heap.</summary>
    private const int StackRowLimit = 64;

    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions, each substring edited once):
    /// <c>d[i,j] = min(d[i−1,j]+1, d[i,j−1]+1, d[i−1,j−1]+[a_i≠b_j], d[i−2,j−2]+1 if a_i=b_{j−1} and a_{i−1}=b_j)</c>.
    /// Returns the distance when it is at most <paramref name="max"/>, else <c>max + 1</c> — as soon as every cell of a
    /// row exceeds <paramref name="max"/>, so rejecting a far word is cheap. Allocates nothing for words of up to 63
    /// characters: the spelling checks call it for many candidates per word typed.
    /// </summary>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        var bound = max + 1;
        if (Math.Abs(a.Length - b.Length) >= bound)
        {
            return bound;
        }

        var width = b.Length + 1;
        var rows = width <= StackRowLimit ? stackalloc int[3 * width] : new int[3 * width];
        return Osa(a, b, bound, rows[..width], rows.Slice(width, width), rows.Slice(2 * width, width));
    }

    private static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound, Span<int> previous2, Span<int> previous, Span<int> current)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin >= bound)
            {
                return bound;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], bound);
    }
}
