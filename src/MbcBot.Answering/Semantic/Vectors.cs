namespace MbcBot.Answering.Semantic;

/// <summary>Vector arithmetic on <see cref="ISentenceEmbedder"/> output.</summary>
public static class Vectors
{
    /// <summary>The dot product a·b; for unit vectors this is their cosine similarity, in [-1, 1].</summary>
    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Vectors differ in length ({a.Length} vs {b.Length}).", nameof(b));
        }

        var dot = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>Scales <paramref name="vector"/> in place to length 1 (left as is when all zeros) and returns it.</summary>
    public static float[] Normalize(float[] vector)
    {
        var norm = Math.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)(vector[i] / norm);
            }
        }

        return vector;
    }
}
