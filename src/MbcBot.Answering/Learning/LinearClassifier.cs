using System.Numerics.Tensors;

namespace MbcBot.Answering.Learning;

/// <summary>
/// A fitted softmax (multinomial logistic) classifier: each feature is standardised with the training data's mean and
/// scale, then <c>p(class) = softmax(W·x + b)</c>. With two classes this is logistic regression. The weights come from
/// a model file the <c>train</c> command wrote (<see cref="ModelFile"/>); this type only applies them, so the answer
/// path needs no machine-learning library and a prediction costs one small matrix–vector product. Immutable and
/// thread-safe.
/// </summary>
public sealed class LinearClassifier
{
    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly float[][] _weights;
    private readonly float[] _bias;

    public LinearClassifier(
        IReadOnlyList<string> classes, IReadOnlyList<string> features, float[] mean, float[] scale, float[][] weights, float[] bias)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(features);
        if (classes.Count < 2) throw new ArgumentException("A classifier needs at least two classes.", nameof(classes));
        if (mean.Length != features.Count || scale.Length != features.Count)
            throw new ArgumentException($"mean and scale need {features.Count} values (one per feature).", nameof(mean));
        if (weights.Length != classes.Count || bias.Length != classes.Count)
            throw new ArgumentException($"weights and bias need {classes.Count} rows (one per class).", nameof(weights));
        if (weights.Any(row => row.Length != features.Count))
            throw new ArgumentException($"every weight row needs {features.Count} values.", nameof(weights));

        Classes = classes;
        Features = features;
        _mean = mean;
        _scale = scale;
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyList<string> Features { get; }

    internal ReadOnlySpan<float> Mean => _mean;

    internal ReadOnlySpan<float> Scale => _scale;

    internal IReadOnlyList<float[]> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <summary>The index of <paramref name="name"/> in <see cref="Classes"/>; throws naming it when absent.</summary>
    public int ClassIndex(string name)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (string.Equals(Classes[i], name, StringComparison.Ordinal)) return i;
        }

        throw new ArgumentException($"The classifier has no class '{name}'.", nameof(name));
    }

    /// <summary>The probability of each class (in <see cref="Classes"/> order) for one feature vector.</summary>
    public float[] Probabilities(ReadOnlySpan<float> features)
    {
        var result = new float[Classes.Count];
        Probabilities(features, result);
        return result;
    }

    /// <inheritdoc cref="Probabilities(ReadOnlySpan{float})"/>
    public void Probabilities(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (features.Length != _mean.Length)
            throw new ArgumentException($"Expected {_mean.Length} features, got {features.Length}.", nameof(features));
        if (probabilities.Length != _bias.Length)
            throw new ArgumentException($"Expected room for {_bias.Length} probabilities.", nameof(probabilities));

        Span<float> standard = features.Length <= 1024 ? stackalloc float[features.Length] : new float[features.Length];
        TensorPrimitives.Subtract(features, _mean, standard);
        TensorPrimitives.Multiply(standard, _scale, standard);
        for (var k = 0; k < _weights.Length; k++)
        {
            probabilities[k] = TensorPrimitives.Dot(standard, _weights[k]) + _bias[k];
        }

        TensorPrimitives.SoftMax(probabilities, probabilities);
    }
}
