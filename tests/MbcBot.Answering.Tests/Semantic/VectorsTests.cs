using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Semantic;

public sealed class VectorsTests
{
    [Fact]
    public void Dot_TwoVectors_SumOfProducts() => Assert.Equal(1 * 4 + 2 * -5 + 3 * 6, Vectors.Dot([1f, 2f, 3f], [4f, -5f, 6f]), 6);

    [Fact]
    public void Dot_OrthogonalUnitVectors_Zero() => Assert.Equal(0.0, Vectors.Dot([1f, 0f], [0f, 1f]));

    [Fact]
    public void Dot_Empty_Zero() => Assert.Equal(0.0, Vectors.Dot([], []));

    [Fact]
    public void Dot_DifferentLengths_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Vectors.Dot([1f, 2f], [1f, 2f, 3f]));

        Assert.Contains("2 vs 3", ex.Message);
    }

    [Fact]
    public void Normalize_Vector_ScaledToLengthOneInPlace()
    {
        float[] vector = [3, 4];

        var result = Vectors.Normalize(vector);

        Assert.Same(vector, result);
        Assert.Equal(0.6f, result[0], 6);
        Assert.Equal(0.8f, result[1], 6);
        Assert.Equal(1.0, Vectors.Dot(result, result), 6);
    }

    [Fact]
    public void Normalize_Negative_DirectionKept()
    {
        var result = Vectors.Normalize([0, -2, 0]);

        Assert.Equal([0f, -1f, 0f], result);
    }

    [Fact]
    public void Normalize_AllZeros_LeftAsIs() => Assert.Equal([0f, 0f, 0f], Vectors.Normalize([0, 0, 0]));

    [Fact]
    public void Normalize_UnitVector_Unchanged() => Assert.Equal([0f, 1f], Vectors.Normalize([0, 1]));

    [Fact]
    public void Dot_NormalizedParallelVectors_One() =>
        Assert.Equal(1.0, Vectors.Dot(Vectors.Normalize([1, 2, 2]), Vectors.Normalize([2, 4, 4])), 6);
}
