namespace MbcBot.Answering.Learning;

/// <summary>
/// A fitted ensemble of regression trees with a Platt calibration, as ML.NET's FastTree trainer fits it for a yes/no
/// question: <c>p = 1 / (1 + exp(slope · Σ tree(x) + offset))</c>. A tree is walked from its root: at node n, feature
/// <c>Feature[n]</c> at or below <c>Threshold[n]</c> goes to <c>Left[n]</c>, else to <c>Right[n]</c>; a negative child
/// is a leaf, <c>~child</c> indexing <c>Leaf</c>. The weights come from a model file <c>train</c> wrote
/// (<see cref="TreeModelFile"/>); applying them needs no machine-learning library. Immutable and thread-safe.
/// </summary>
public sealed class TreeEnsemble
{
    private readonly Tree[] _trees;
    private readonly double _slope;
    private readonly double _offset;

    public TreeEnsemble(IReadOnlyList<string> features, IReadOnlyList<Tree> trees, double slope, double offset)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(trees);
        foreach (var tree in trees)
        {
            tree.Validate(features.Count);
        }

        Features = features;
        _trees = [.. trees];
        _slope = slope;
        _offset = offset;
    }

    public IReadOnlyList<string> Features { get; }

    internal IReadOnlyList<Tree> Trees => _trees;

    internal double Slope => _slope;

    internal double Offset => _offset;

    /// <summary>The sum of the trees' leaves for <paramref name="features"/> (the uncalibrated score).</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        if (features.Length != Features.Count)
            throw new ArgumentException($"Expected {Features.Count} features, got {features.Length}.", nameof(features));
        var score = 0.0;
        foreach (var tree in _trees)
        {
            score += tree.Evaluate(features);
        }

        return score;
    }

    /// <summary>The calibrated probability of "yes".</summary>
    public double Probability(ReadOnlySpan<float> features) => 1 / (1 + Math.Exp(_slope * Score(features) + _offset));

    /// <summary>One regression tree, as parallel arrays over its split nodes and its leaves.</summary>
    public sealed record Tree(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf)
    {
        public double Evaluate(ReadOnlySpan<float> features)
        {
            if (Feature.Length == 0) return Leaf[0];
            var node = 0;
            while (node >= 0)
            {
                node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            }

            return Leaf[~node];
        }

        internal void Validate(int featureCount)
        {
            var nodes = Feature.Length;
            if (Threshold.Length != nodes || Left.Length != nodes || Right.Length != nodes || Leaf.Length != nodes + 1)
                throw new ArgumentException("A tree needs one threshold and two children per split and one more leaf than splits.");
            foreach (var f in Feature)
            {
                if (f < 0 || f >= featureCount) throw new ArgumentException($"A tree splits on feature {f}, outside 0..{featureCount - 1}.");
            }

            foreach (var child in Left.Concat(Right))
            {
                if (child >= nodes || ~child >= nodes + 1) throw new ArgumentException($"A tree has a child {child} outside its nodes and leaves.");
            }
        }
    }
}
