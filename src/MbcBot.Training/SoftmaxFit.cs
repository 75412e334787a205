using MbcBot.Answering.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MbcBot.Training;

/// <summary>
/// Fits a <see cref="LinearClassifier"/> with ML.NET's L-BFGS maximum-entropy (multinomial logistic regression)
/// trainer: features standardised first (mean and scale kept in the model; word grams left as they are), L2
/// regularisation, one thread and a fixed seed, so the same rows always give the same weights.
/// </summary>
internal static class SoftmaxFit
{
    public static LinearClassifier Fit(
        IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> classes, IReadOnlyList<string> features, float l2)
    {
        if (rows.Count == 0) throw new InvalidOperationException("No rows to fit.");
        var width = features.Count;
        var (mean, scale) = Standardisation(rows, width);
        for (var j = 0; j < width; j++)
        {
            // Word grams are already on a common scale (unit length per message); standardising would blow rare words up.
            if (features[j].StartsWith(WordGrams.Prefix, StringComparison.Ordinal)) (mean[j], scale[j]) = (0, 1);
        }

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row
        {
            Features = Standardise(r.Features, mean, scale),
            // Zero-padded class numbers, mapped to keys by value: key k is class k, whatever order rows come in.
            Label = r.Label.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            Weight = r.Weight,
        }), schema);

        var keys = ml.Data.LoadFromEnumerable(Enumerable.Range(0, classes.Count)
            .Select(k => new KeyRow { Label = k.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L2Regularization = l2,
                L1Regularization = 0,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 2000,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);
        var trained = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)model.LastTransformer).Model;

        VBuffer<float>[] weights = [];
        trained.GetWeights(ref weights, out var count);
        if (count != classes.Count) throw new InvalidOperationException($"The trainer fitted {count} classes, not {classes.Count}.");
        var bias = trained.GetBiases().ToArray();
        return new LinearClassifier(classes, features, mean, scale, [.. weights.Select(w => w.DenseValues().ToArray())], bias);
    }

    private static (float[] Mean, float[] Scale) Standardisation(IReadOnlyList<TrainingRow> rows, int width)
    {
        var sum = new double[width];
        var squares = new double[width];
        foreach (var row in rows)
        {
            for (var j = 0; j < width; j++)
            {
                sum[j] += row.Features[j];
                squares[j] += (double)row.Features[j] * row.Features[j];
            }
        }

        var mean = new float[width];
        var scale = new float[width];
        for (var j = 0; j < width; j++)
        {
            var m = sum[j] / rows.Count;
            var variance = Math.Max(0, squares[j] / rows.Count - m * m);
            mean[j] = (float)m;
            // A constant feature carries nothing: scaled to zero, its weight is zero too.
            scale[j] = variance > 1e-12 ? (float)(1 / Math.Sqrt(variance)) : 0f;
        }

        return (mean, scale);
    }

    private static float[] Standardise(float[] features, float[] mean, float[] scale)
    {
        var result = new float[features.Length];
        for (var j = 0; j < features.Length; j++)
        {
            result[j] = (features[j] - mean[j]) * scale[j];
        }

        return result;
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
}
