using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace MbcBot.Training.Tests;

public sealed class TreeFitTests
{
    private static readonly string[] Features = ["semantic", "bm25", "noise"];

    /// <summary>A yes/no question that needs several splits: yes when semantic + bm25² is large.</summary>
    private static TrainingRow[] Rows(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            float[] x = [(float)random.NextDouble(), (float)(random.NextDouble() * 2 - 1), (float)random.NextDouble()];
            var yes = x[0] + x[1] * x[1] + 0.3 * (random.NextDouble() - 0.5) > 0.8;
            return new TrainingRow(x, yes ? 1 : 0, yes ? 1 : 1.5f);
        })];
    }

    [Fact]
    public void Fit_SameRowsTwice_IdenticalTrees()
    {
        var rows = Rows(500, seed: 3);

        var first = TreeFit.Fit(rows, Features);
        var second = TreeFit.Fit(rows, Features);

        Assert.Equal(TreeFit.Trees, first.Trees.Count);
        Assert.Equal((first.Slope, first.Offset), (second.Slope, second.Offset));
        for (var t = 0; t < first.Trees.Count; t++)
        {
            Assert.Equal(first.Trees[t].Feature, second.Trees[t].Feature);
            Assert.Equal(first.Trees[t].Threshold, second.Trees[t].Threshold);
            Assert.Equal(first.Trees[t].Left, second.Trees[t].Left);
            Assert.Equal(first.Trees[t].Right, second.Trees[t].Right);
            Assert.Equal(first.Trees[t].Leaf, second.Trees[t].Leaf);
        }
    }

    [Fact]
    public void Fit_Export_SameProbabilityAsFastTreeWithTheTrainersOptions()
    {
        // The trees, their weights and bias and the Platt calibration, exported: the ensemble must predict what
        // ML.NET's own FastTree model predicts, fitted here on the same rows with the trainer's options.
        var rows = Rows(500, seed: 3);
        var ours = TreeFit.Fit(rows, Features);

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Features.Length);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.Features, Label = r.Label == 1, Weight = r.Weight }), schema);
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfTrees = TreeFit.Trees,
            NumberOfLeaves = TreeFit.Leaves,
            MinimumExampleCountPerLeaf = TreeFit.MinimumPerLeaf,
            LearningRate = TreeFit.LearningRate,
            NumberOfThreads = 1,
            Seed = 1,
        }).Fit(data);
        var unseen = Rows(200, seed: 9);
        var predictions = ml.Data.CreateEnumerable<Prediction>(
            model.Transform(ml.Data.LoadFromEnumerable(unseen.Select(r => new Row { Features = r.Features }), schema)), reuseRowObject: false).ToArray();

        for (var i = 0; i < unseen.Length; i++)
        {
            var p = ours.Probability(unseen[i].Features);
            Assert.True(Math.Abs(p - predictions[i].Probability) < 1e-5, $"row {i}: {p} vs FastTree {predictions[i].Probability}");
        }

        Assert.True(unseen.Count(r => ours.Probability(r.Features) >= 0.5 == (r.Label == 1)) > 0.8 * unseen.Length);
    }

    [Fact]
    public void Fit_NoRows_Throws() => Assert.Throws<InvalidOperationException>(() => TreeFit.Fit([], Features));

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; } = 1;
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
