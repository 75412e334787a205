using MbcBot.Answering.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace MbcBot.Answering.Tests.Learning;

public sealed class TreeEnsembleTests
{
    private static readonly string[] Features = ["a", "b", "c"];

    /// <summary>A yes/no question that needs several splits: yes when a + b² is large, c only noise.</summary>
    private static List<(float[] Features, bool Label)> Rows(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            float[] x = [(float)random.NextDouble(), (float)(random.NextDouble() * 2 - 1), (float)random.NextDouble()];
            return (x, x[0] + x[1] * x[1] + 0.3 * (random.NextDouble() - 0.5) > 0.8);
        })];
    }

    [Fact]
    public void ScoreAndProbability_TreesExportedFromFastTree_SameAsFastTreesOwnPrediction()
    {
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Features.Length);
        var data = ml.Data.LoadFromEnumerable(Rows(400, seed: 3).Select(r => new Row { Features = r.Features, Label = r.Label }), schema);
        var transformer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            NumberOfTrees = 30,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 5,
            NumberOfThreads = 1,
            Seed = 1,
        }).Fit(data);

        // The export train writes: split arrays as they are, each leaf times its tree's weight, the bias on the first tree.
        var model = transformer.Model;
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, k) => new TreeEnsemble.Tree(
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            [.. t.LeafValues.ToArray().Select(v => v * ensemble.TreeWeights[k] + (k == 0 ? ensemble.Bias : 0))])).ToArray();
        var ours = new TreeEnsemble(Features, trees, model.Calibrator.Slope, model.Calibrator.Offset);

        var unseen = Rows(200, seed: 5);
        var predictions = ml.Data.CreateEnumerable<Prediction>(
            transformer.Transform(ml.Data.LoadFromEnumerable(unseen.Select(r => new Row { Features = r.Features, Label = r.Label }), schema)),
            reuseRowObject: false).ToList();

        Assert.Equal(30, trees.Length);
        Assert.Contains(trees, t => t.Feature.Length > 1);
        for (var i = 0; i < unseen.Count; i++)
        {
            var score = ours.Score(unseen[i].Features);
            var p = ours.Probability(unseen[i].Features);
            Assert.True(Math.Abs(score - predictions[i].Score) < 1e-4 * Math.Max(1, Math.Abs(score)), $"row {i}: score {score} vs FastTree {predictions[i].Score}");
            Assert.True(Math.Abs(p - predictions[i].Probability) < 1e-5, $"row {i}: p {p} vs FastTree {predictions[i].Probability}");
        }

        Assert.True(unseen.Count(r => ours.Probability(r.Features) >= 0.5 == r.Label) > 0.8 * unseen.Count);
    }

    [Theory]
    [InlineData(0.5f, -1.0)] // at the threshold: left
    [InlineData(0.49f, -1.0)]
    [InlineData(0.51f, 2.0)]
    public void Score_OneSplit_AtOrBelowTheThresholdGoesLeft(float value, double expected)
    {
        var ensemble = new TreeEnsemble(["x"], [new TreeEnsemble.Tree([0], [0.5f], [~0], [~1], [-1, 2])], slope: -1, offset: 0);

        Assert.Equal(expected, ensemble.Score([value]));
        Assert.Equal(1 / (1 + Math.Exp(-expected)), ensemble.Probability([value]), 12);
    }

    [Fact]
    public void Score_TwoLevelsAndTwoTrees_SumOfTheLeavesReached()
    {
        // Root splits on y; its right child splits on x. Leaves: 0 (y <= 0), 1 (x <= 2), 2 (x > 2).
        var deep = new TreeEnsemble.Tree([1, 0], [0, 2], [~0, ~1], [1, ~2], [10, 20, 30]);
        var constant = new TreeEnsemble.Tree([], [], [], [], [0.5]);
        var ensemble = new TreeEnsemble(["x", "y"], [deep, constant], slope: 1, offset: 0);

        Assert.Equal(10.5, ensemble.Score([5, -1]));
        Assert.Equal(20.5, ensemble.Score([1, 1]));
        Assert.Equal(30.5, ensemble.Score([3, 1]));
    }

    [Fact]
    public void Constructor_TreeThatDoesNotFit_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new TreeEnsemble(["x"], [new TreeEnsemble.Tree([1], [0], [~0], [~1], [0, 1])], 1, 0));
        Assert.Throws<ArgumentException>(() => new TreeEnsemble(["x"], [new TreeEnsemble.Tree([0], [0], [~0], [~1], [0])], 1, 0));
        Assert.Throws<ArgumentException>(() => new TreeEnsemble(["x"], [new TreeEnsemble.Tree([0], [0], [~0], [~5], [0, 1])], 1, 0));
        Assert.Throws<ArgumentException>(() => new TreeEnsemble(["x"], [new TreeEnsemble.Tree([0], [0], [3], [~1], [0, 1])], 1, 0));
    }

    [Fact]
    public void Score_WrongNumberOfFeatures_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => new TreeEnsemble(["x", "y"], [], 1, 0).Score([1f]));

    [Fact]
    public void TreeModelFile_SerializeThenParse_SameScores()
    {
        var file = new TreeModelFile("t", "fp", ["x", "y"],
            [new TreeEnsemble.Tree([1, 0], [0.1f, 2.5f], [~0, ~1], [1, ~2], [0.125, -1.0 / 3, 7e-9])], -1.25, 0.5,
            new Dictionary<string, double> { ["answer"] = 0.7, ["clarify"] = 0.4 });

        var parsed = TreeModelFile.Parse(file.Serialize(), "t.json");

        Assert.Equal(file.Features, parsed.Features);
        Assert.Equal((file.Slope, file.Offset, 0.4), (parsed.Slope, parsed.Offset, parsed.Cut("clarify")));
        foreach (var x in new float[][] { [0, 0], [3, 1], [1, 1] })
        {
            Assert.Equal(file.Ensemble().Probability(x), parsed.Ensemble().Probability(x));
        }

        Assert.Contains("run `train`", Assert.Throws<FormatException>(() => TreeModelFile.Parse("{\"trees\": [{\"feature\": [0]}]}", "t.json")).Message);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }

        public float Probability { get; set; }
    }
}
