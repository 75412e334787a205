using System.Reflection;

namespace MbcBot.Answering.Learning;

/// <summary>
/// The fitted models shipped in this assembly (the repository's <c>models/*.json</c>, compiled in like the red-flag
/// table, so the answer path never depends on a deploy path), checked against the data they were trained on.
/// </summary>
public static class ModelResources
{
    /// <summary>The command that refits every model, for error messages.</summary>
    public const string TrainCommand = "dotnet run --project src/MbcBot -- train";

    private const string Prefix = "models/";

    /// <summary>
    /// The model <paramref name="name"/>, after checking that <paramref name="fingerprint"/> (of the data it must have been
    /// trained on) is the one its file records; throws naming the file and <see cref="TrainCommand"/> otherwise.
    /// </summary>
    /// <param name="what">What the data is, for the message ("examples/safety and corpus/red-flags.json").</param>
    public static ModelFile Load(string name, string fingerprint, string what)
    {
        var model = Read(name) ?? throw new InvalidOperationException(
            $"models/{name}.json is missing from the build; run `{TrainCommand}` to fit it.");
        Check(name, model.TrainedOn, fingerprint, what);
        return model;
    }

    /// <summary>The tree model <paramref name="name"/>, checked like <see cref="Load"/>.</summary>
    public static TreeModelFile LoadTrees(string name, string fingerprint, string what)
    {
        var model = Text(name) is { } json ? TreeModelFile.Parse(json, $"models/{name}.json") : throw new InvalidOperationException(
            $"models/{name}.json is missing from the build; run `{TrainCommand}` to fit it.");
        Check(name, model.TrainedOn, fingerprint, what);
        return model;
    }

    /// <summary>The model file <paramref name="name"/> as shipped, or null when the build has none.</summary>
    public static ModelFile? Read(string name) => Text(name) is { } json ? ModelFile.Parse(json, $"models/{name}.json") : null;

    private static string? Text(string name)
    {
        using var stream = typeof(ModelResources).Assembly.GetManifestResourceStream($"{Prefix}{name}.json");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Check(string name, string trainedOn, string fingerprint, string what)
    {
        if (!string.Equals(trainedOn, fingerprint, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"models/{name}.json was trained on other data ({what} changed since); run `{TrainCommand}` and commit the model it writes.");
        }
    }

    /// <summary>The text of a resource compiled into this assembly (the red-flag table), for fingerprints.</summary>
    internal static string ResourceText(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"{name}: resource missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
