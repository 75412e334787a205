using MbcBot.Answering.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MbcBot.Answering.Tests.Learning;

public sealed class LinearClassifierTests
{
    private static readonly string[] Classes = ["a", "b", "c"];
    private static readonly string[] Features = ["x0", "x1", "x2", "x3"];

    // A standardisation the classifier applies to raw features (what train stores in the model file).
    private static readonly float[] Mean = [1.5f, -2, 0, 10];
    private static readonly float[] Scale = [0.5f, 2, 1, 0.1f];

    /// <summary>Three overlapping clouds of raw feature vectors, one per class.</summary>
    private static List<(float[] Raw, int Label)> Rows(int count, int seed)
    {
        var random = new Random(seed);
        var centres = new float[][] { [2, -2, 0.5f, 8], [1, -1, -0.5f, 12], [1.5f, -3, 0, 10] };
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var label = i % 3;
            return (centres[label].Select(c => c + (float)(random.NextDouble() * 2 - 1) * 1.2f).ToArray(), label);
        })];
    }

    private static float[] Standardise(float[] raw) => [.. raw.Select((v, j) => (v - Mean[j]) * Scale[j])];

    [Fact]
    public void Probabilities_WeightsExportedFromMlNetMaxEnt_SameAsMlNetsOwnPredictionTo1e5()
    {
        // ML.NET's L-BFGS maximum-entropy trainer, as train uses it, fitted on standardised features; the classifier gets
        // the exported weights with the standardisation and is given the raw features.
        var ml = new MLContext(seed: 1);
        var training = Rows(240, seed: 7);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Features.Length);
        var data = ml.Data.LoadFromEnumerable(training.Select(r => new Row { Features = Standardise(r.Raw), Label = r.Label.ToString("D3") }), schema);
        // Key k is class k, whatever order the rows come in (as train maps them).
        var keys = ml.Data.LoadFromEnumerable(Enumerable.Range(0, Classes.Length).Select(k => new KeyRow { Label = k.ToString("D3") }));
        var model = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                L2Regularization = 0.1f,
                NumberOfThreads = 1,
            }))
            .Fit(data);
        var trained = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)model.LastTransformer).Model;
        VBuffer<float>[] weights = [];
        trained.GetWeights(ref weights, out _);
        var classifier = new LinearClassifier(Classes, Features, Mean, Scale, [.. weights.Select(w => w.DenseValues().ToArray())], trained.GetBiases().ToArray());

        var unseen = Rows(60, seed: 11);
        var predicted = model.Transform(ml.Data.LoadFromEnumerable(unseen.Select(r => new Row { Features = Standardise(r.Raw), Label = "000" }), schema));
        var scores = ml.Data.CreateEnumerable<Prediction>(predicted, reuseRowObject: false).Select(p => p.Score).ToList();

        Assert.Equal(unseen.Count, scores.Count);
        for (var i = 0; i < unseen.Count; i++)
        {
            var ours = classifier.Probabilities(unseen[i].Raw);
            for (var k = 0; k < Classes.Length; k++)
            {
                Assert.True(Math.Abs(ours[k] - scores[i][k]) < 1e-5, $"row {i} class {k}: {ours[k]} vs ML.NET {scores[i][k]}");
            }
        }

        // Not a degenerate model: it separates the clouds better than chance.
        var right = unseen.Count(r => Array.IndexOf(classifier.Probabilities(r.Raw), classifier.Probabilities(r.Raw).Max()) == r.Label);
        Assert.True(right > unseen.Count / 2, $"{right}/{unseen.Count} right");
    }

    [Fact]
    public void Probabilities_HandWeights_SoftmaxOfStandardisedDotProducts()
    {
        var classifier = new LinearClassifier(["yes", "no"], ["x", "y"], [1, 0], [2, 1], [[1, 0], [0, 1]], [0, (float)Math.Log(2)]);

        var p = classifier.Probabilities([1.5f, 0]);

        // Standardised x = (1.5 - 1) * 2 = 1: logits 1 and ln 2.
        Assert.Equal(Math.E / (Math.E + 2), p[0], 6);
        Assert.Equal(1, p.Sum(), 6);
    }

    [Fact]
    public void Probabilities_IntoSpan_SameAsReturned()
    {
        var classifier = new LinearClassifier(["a", "b", "c"], ["x"], [0], [1], [[1], [2], [3]], [0, 0, 0]);
        Span<float> into = stackalloc float[3];

        classifier.Probabilities([0.7f], into);

        Assert.Equal(classifier.Probabilities([0.7f]), into.ToArray());
    }

    [Fact]
    public void ClassIndex_KnownAndUnknown()
    {
        var classifier = new LinearClassifier(["a", "b"], ["x"], [0], [1], [[1], [2]], [0, 0]);

        Assert.Equal(1, classifier.ClassIndex("b"));
        Assert.Contains("'z'", Assert.Throws<ArgumentException>(() => classifier.ClassIndex("z")).Message);
    }

    [Fact]
    public void Constructor_ShapesThatDoNotFit_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new LinearClassifier(["a"], ["x"], [0], [1], [[1]], [0]));
        Assert.Throws<ArgumentException>(() => new LinearClassifier(["a", "b"], ["x"], [0, 0], [1], [[1], [2]], [0, 0]));
        Assert.Throws<ArgumentException>(() => new LinearClassifier(["a", "b"], ["x"], [0], [1], [[1]], [0, 0]));
        Assert.Throws<ArgumentException>(() => new LinearClassifier(["a", "b"], ["x"], [0], [1], [[1], [2, 3]], [0, 0]));
        Assert.Throws<ArgumentException>(() => new LinearClassifier(["a", "b"], ["x"], [0], [1], [[1], [2]], [0]));
    }

    [Fact]
    public void Probabilities_WrongNumberOfFeaturesOrRoom_ArgumentException()
    {
        var classifier = new LinearClassifier(["a", "b"], ["x", "y"], [0, 0], [1, 1], [[1, 0], [0, 1]], [0, 0]);

        Assert.Throws<ArgumentException>(() => classifier.Probabilities([1f]));
        Assert.Throws<ArgumentException>(() => classifier.Probabilities([1f, 2f], new float[3]));
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public string Label { get; set; } = "";
    }

    private sealed class KeyRow
    {
        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
