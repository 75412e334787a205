namespace MbcBot.Answering.Understanding;

/// <summary>Edit distances between short words.</summary>
internal static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions, each substring edited once):
    /// <c>d[i,j] = min(d[i−1,j]+1, d[i,j−1]+1, d[i−1,j−1]+[a_i≠b_j], d[i−2,j−2]+1 if a_i=b_{j−1} and a_{i−1}=b_j)</c>.
    /// Returns the distance when it is at most <paramref name="max"/>, else <c>max + 1</c> — as soon as every cell of a
    /// row exceeds <paramref name="max"/>, so rejecting a far word is cheap.
    /// </summary>
    public static int Osa(string a, string b, int max)
    {
        var bound = max + 1;
        if (Math.Abs(a.Length - b.Length) >= bound)
        {
            return bound;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], bound);
    }
}
