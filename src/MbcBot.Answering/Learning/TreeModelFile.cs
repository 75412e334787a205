using System.Globalization;
using System.Text.Json;

namespace MbcBot.Answering.Learning;

/// <summary>
/// A fitted tree ensemble as the <c>train</c> command writes it under <c>models/</c> (see <see cref="ModelFile"/> for
/// the linear models): its name, the fingerprint of the data it was trained on, its features, its trees (one line
/// each), the calibration, and the cuts chosen on cross-validated predictions.
/// </summary>
public sealed record TreeModelFile(
    string Name,
    string TrainedOn,
    IReadOnlyList<string> Features,
    IReadOnlyList<TreeEnsemble.Tree> Trees,
    double Slope,
    double Offset,
    IReadOnlyDictionary<string, double> Cuts)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public TreeEnsemble Ensemble() => new(Features, Trees, Slope, Offset);

    public double Cut(string name) => Cuts.TryGetValue(name, out var value)
        ? value
        : throw new InvalidOperationException($"models/{Name}.json has no cut '{name}'; run `train`.");

    public static TreeModelFile Parse(string json, string sourceName)
    {
        try
        {
            var model = JsonSerializer.Deserialize<TreeModelFile>(json, Json) ?? throw new JsonException("empty file");
            _ = model.Ensemble();
            return model;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NullReferenceException)
        {
            throw new FormatException($"{sourceName}: not a valid model file ({ex.Message}); run `train` to write it again.", ex);
        }
    }

    public string Serialize()
    {
        var text = new System.Text.StringBuilder("{\n");
        text.Append("  \"name\": ").Append(JsonSerializer.Serialize(Name)).Append(",\n");
        text.Append("  \"trainedOn\": ").Append(JsonSerializer.Serialize(TrainedOn)).Append(",\n");
        text.Append("  \"features\": ").Append(JsonSerializer.Serialize(Features)).Append(",\n");
        text.Append("  \"cuts\": ").Append(JsonSerializer.Serialize(Cuts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value))).Append(",\n");
        text.Append("  \"slope\": ").Append(Slope.ToString("R", CultureInfo.InvariantCulture)).Append(",\n");
        text.Append("  \"offset\": ").Append(Offset.ToString("R", CultureInfo.InvariantCulture)).Append(",\n");
        text.Append("  \"trees\": [\n");
        for (var i = 0; i < Trees.Count; i++)
        {
            var t = Trees[i];
            text.Append("    {\"feature\":").Append(JsonSerializer.Serialize(t.Feature))
                .Append(",\"threshold\":[").Append(string.Join(",", t.Threshold.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))
                .Append("],\"left\":").Append(JsonSerializer.Serialize(t.Left))
                .Append(",\"right\":").Append(JsonSerializer.Serialize(t.Right))
                .Append(",\"leaf\":[").Append(string.Join(",", t.Leaf.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))
                .Append("]}").Append(i + 1 < Trees.Count ? ",\n" : "\n");
        }

        return text.Append("  ]\n}\n").ToString();
    }
}
