using MbcBot.Answering.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace MbcBot.Training;

/// <summary>
/// Fits a <see cref="TreeEnsemble"/> with ML.NET's FastTree binary trainer (gradient-boosted regression trees with a
/// Platt calibration): one thread and a fixed seed, so the same rows always give the same trees.
/// </summary>
internal static class TreeFit
{
    public const int Trees = 150;
    public const int Leaves = 12;
    public const int MinimumPerLeaf = 20;
    public const double LearningRate = 0.05;

    /// <param name="rows">Label 1 is "yes".</param>
    public static TreeEnsemble Fit(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> features)
    {
        if (rows.Count == 0) throw new InvalidOperationException("No rows to fit.");
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.Features, Label = r.Label == 1, Weight = r.Weight }), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumPerLeaf,
            LearningRate = LearningRate,
            NumberOfThreads = 1,
            Seed = 1,
        });
        var model = trainer.Fit(data).Model;
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, k) => new TreeEnsemble.Tree(
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            [.. t.LeafValues.ToArray().Select(v => v * ensemble.TreeWeights[k] + (k == 0 ? ensemble.Bias : 0))])).ToArray();
        return new TreeEnsemble(features, trees, model.Calibrator.Slope, model.Calibrator.Offset);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }
}
