using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MbcBot.Training.Tests;

public sealed class SoftmaxFitTests
{
    /// <summary>
    /// A small real fit: the first 400 safety examples of the repository, their word grams (seen in at least three of
    /// them) and the word count as a numeric feature, labelled emergency / advice / none as the triage model is.
    /// </summary>
    private static (TrainingRow[] Rows, string[] Features) SafetySubset()
    {
        var examples = ExampleSet.Load(Path.Combine(RepositoryPaths.Root, "examples")).Safety.Take(400).ToArray();
        var grams = Vocabulary.Of(examples.Select(e => e.Text), minMessages: 3);
        string[] names = [.. FeatureMap.Names(0, grams, ["words"])];
        var map = new FeatureMap(names, ["words"]);
        var labels = examples.Select(e => TriageModel.Classes.ToList().IndexOf(TriageModel.ClassOf(e.Label))).ToArray();
        var weights = Folds.Balanced(labels, TriageModel.Classes.Count);
        var rows = examples.Select((e, i) =>
        {
            var features = new float[map.Count];
            map.Fill(features, [], e.Text, [e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length]);
            return new TrainingRow(features, labels[i], weights[i]);
        }).ToArray();
        return (rows, names);
    }

    [Fact]
    public void Fit_SameRowsTwice_IdenticalWeightsBitForBit()
    {
        var (rows, features) = SafetySubset();
        Assert.Contains(rows, r => r.Label == 0);
        Assert.Contains(rows, r => r.Label == 2);

        var first = SoftmaxFit.Fit(rows, TriageModel.Classes, features, l2: 0.1f);
        var second = SoftmaxFit.Fit(rows, TriageModel.Classes, features, l2: 0.1f);

        Assert.Equal(first.Mean.ToArray(), second.Mean.ToArray());
        Assert.Equal(first.Scale.ToArray(), second.Scale.ToArray());
        Assert.Equal(first.Bias.ToArray(), second.Bias.ToArray());
        for (var k = 0; k < first.Weights.Count; k++)
        {
            Assert.Equal(first.Weights[k], second.Weights[k]);
        }

        Assert.Contains(first.Weights.SelectMany(w => w), w => w != 0);
    }

    [Fact]
    public void Fit_WordGramsUnstandardisedNumbersStandardised()
    {
        var (rows, features) = SafetySubset();

        var classifier = SoftmaxFit.Fit(rows, TriageModel.Classes, features, l2: 0.1f);

        var words = Array.IndexOf(features, "words");
        Assert.Equal(rows.Average(r => r.Features[words]), classifier.Mean[words], 3);
        Assert.True(classifier.Scale[words] is > 0 and < 1);
        for (var j = 0; j < features.Length; j++)
        {
            if (features[j].StartsWith(WordGrams.Prefix, StringComparison.Ordinal)) Assert.Equal((0f, 1f), (classifier.Mean[j], classifier.Scale[j]));
        }
    }

    [Fact]
    public void Fit_RowsItWasFittedOn_MostlyRight()
    {
        var (rows, features) = SafetySubset();

        var classifier = SoftmaxFit.Fit(rows, TriageModel.Classes, features, l2: 0.1f);

        var right = rows.Count(r => { var p = classifier.Probabilities(r.Features); return Array.IndexOf(p, p.Max()) == r.Label; });
        Assert.True(right > 0.8 * rows.Length, $"{right}/{rows.Length}");
    }

    [Fact]
    public void Fit_ConstantFeature_ScaledToZero()
    {
        TrainingRow[] rows = [new([1, 5], 0, 1), new([0, 5], 1, 1), new([1, 5], 0, 1), new([0, 5], 1, 1)];

        var classifier = SoftmaxFit.Fit(rows, ["a", "b"], ["x", "constant"], l2: 0.1f);

        Assert.Equal(0, classifier.Scale[1]);
        Assert.True(classifier.Probabilities([1, 123])[0] > 0.5);
    }

    [Fact]
    public void Fit_NoRows_Throws() =>
        Assert.Throws<InvalidOperationException>(() => SoftmaxFit.Fit([], ["a", "b"], ["x"], 0.1f));

    [Fact]
    public void Fit_Export_SameProbabilitiesAsMlNetOnTheStandardisedRows()
    {
        // The trainer standardises the rows and hands them to ML.NET; the exported classifier, given the raw rows,
        // must predict what ML.NET's own model predicts on the standardised ones. Fitted here with the trainer's options.
        var (rows, features) = SafetySubset();
        var classifier = SoftmaxFit.Fit(rows, TriageModel.Classes, features, l2: 0.1f);
        var standardised = rows.Select(r => r.Features.Select((v, j) => (v - classifier.Mean[j]) * classifier.Scale[j]).ToArray()).ToArray();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Length);
        var data = ml.Data.LoadFromEnumerable(rows.Select((r, i) => new Row { Features = standardised[i], Label = r.Label.ToString("D3"), Weight = r.Weight }), schema);
        var keys = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 3).Select(k => new KeyRow { Label = k.ToString("D3") }));
        var model = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L2Regularization = 0.1f,
                L1Regularization = 0,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 2000,
                NumberOfThreads = 1,
            }))
            .Fit(data);
        var scores = ml.Data.CreateEnumerable<Prediction>(model.Transform(data), reuseRowObject: false).Select(p => p.Score).ToArray();

        for (var i = 0; i < rows.Length; i++)
        {
            var ours = classifier.Probabilities(rows[i].Features);
            for (var k = 0; k < 3; k++)
            {
                Assert.True(Math.Abs(ours[k] - scores[i][k]) < 1e-5, $"row {i} class {k}: {ours[k]} vs ML.NET {scores[i][k]}");
            }
        }
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public string Label { get; set; } = "";

        public float Weight { get; set; }
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
