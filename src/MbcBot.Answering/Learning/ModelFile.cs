using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Answering.Learning;

/// <summary>
/// One fitted model as the <c>train</c> command writes it under <c>models/</c>: a small JSON file reviewed like the
/// data it was fitted on. It names the model, the fingerprint of the data it was trained on
/// (<see cref="DataFingerprint"/>; start-up refuses a model whose data has changed since), the classifier's features,
/// classes, standardisation and weights, and the cuts chosen on cross-validated predictions (never on the separately
/// written validation set, which only measures).
/// </summary>
public sealed record ModelFile(
    string Name,
    string TrainedOn,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Classes,
    float[] Mean,
    float[] Scale,
    float[][] Weights,
    float[] Bias,
    IReadOnlyDictionary<string, double> Cuts)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public LinearClassifier Classifier() => new(Classes, Features, Mean, Scale, Weights, Bias);

    /// <summary>The cut named <paramref name="name"/>; throws naming the model and the cut when the file lacks it.</summary>
    public double Cut(string name) => Cuts.TryGetValue(name, out var value)
        ? value
        : throw new InvalidOperationException($"models/{Name}.json has no cut '{name}'; run `train`.");

    public static ModelFile Parse(string json, string sourceName)
    {
        try
        {
            var model = JsonSerializer.Deserialize<ModelFile>(json, Json) ?? throw new JsonException("empty file");
            _ = model.Classifier(); // validates the shapes
            return model;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NullReferenceException)
        {
            throw new FormatException($"{sourceName}: not a valid model file ({ex.Message}); run `train` to write it again.", ex);
        }
    }

    /// <summary>
    /// The file's text: one line per array, numbers in their shortest round-trip form, so a retrained model's diff shows
    /// which weights moved.
    /// </summary>
    public string Serialize()
    {
        var writer = new System.Text.StringBuilder();
        writer.Append("{\n");
        Field(writer, "name", JsonSerializer.Serialize(Name)).Append(",\n");
        Field(writer, "trainedOn", JsonSerializer.Serialize(TrainedOn)).Append(",\n");
        Field(writer, "features", JsonSerializer.Serialize(Features)).Append(",\n");
        Field(writer, "classes", JsonSerializer.Serialize(Classes)).Append(",\n");
        Field(writer, "cuts", JsonSerializer.Serialize(Cuts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value))).Append(",\n");
        Field(writer, "mean", Numbers(Mean)).Append(",\n");
        Field(writer, "scale", Numbers(Scale)).Append(",\n");
        Field(writer, "bias", Numbers(Bias)).Append(",\n");
        writer.Append("  \"weights\": [\n");
        for (var i = 0; i < Weights.Length; i++)
        {
            writer.Append("    ").Append(Numbers(Weights[i])).Append(i + 1 < Weights.Length ? ",\n" : "\n");
        }

        return writer.Append("  ]\n}\n").ToString();
    }

    private static System.Text.StringBuilder Field(System.Text.StringBuilder writer, string name, string value) =>
        writer.Append("  \"").Append(name).Append("\": ").Append(value);

    private static string Numbers(float[] values) =>
        "[" + string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";
}
