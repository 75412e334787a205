using System.Reflection;
using System.Text.Json;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Learning;

/// <summary>
/// The reviewed, labelled messages the models are fitted on, from <c>examples/</c>: <c>safety/</c> (emergencies by
/// category, near-misses, advice, general questions), <c>questions/</c> (questions with every passage that answers
/// them, and questions the pages do not cover, with their kind) and <c>dialogue/</c> (conversational acts). One JSON
/// object a line (examples/README.md). The files are compiled into this assembly, so safety never depends on a deploy
/// path; <c>train</c> reads them from the repository. A malformed line stops loading with the file and line.
/// </summary>
public sealed class ExampleSet
{
    public const string SafetyFolder = "safety";
    public const string QuestionsFolder = "questions";
    public const string DialogueFolder = "dialogue";

    private const string ResourcePrefix = "examples/";

    private static readonly JsonSerializerOptions LineJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly IReadOnlySet<string> SafetyLabels = new HashSet<string>(
        TriageCategories.Emergencies.Concat([LabelledExample.NearMiss, LabelledExample.Advice, LabelledExample.General]),
        StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> QuestionLabels =
        new HashSet<string>([LabelledExample.Answer, LabelledExample.NotCovered], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> ActLabels = new HashSet<string>(DialogueActs.All, StringComparer.Ordinal);

    private ExampleSet(IReadOnlyList<(string Name, string Text)> files)
    {
        Files = files;
        Safety = Parse(files, SafetyFolder, SafetyLabels);
        Questions = Parse(files, QuestionsFolder, QuestionLabels);
        Dialogue = Parse(files, DialogueFolder, ActLabels);
    }

    private ExampleSet(IReadOnlyList<(string Name, string Text)> files, IReadOnlyList<LabelledExample> safety,
        IReadOnlyList<LabelledExample> questions, IReadOnlyList<LabelledExample> dialogue)
    {
        Files = files;
        Safety = safety;
        Questions = questions;
        Dialogue = dialogue;
    }

    /// <summary>Every file read, as (path under examples/, text), in ordinal order of path: what the fingerprints hash.</summary>
    public IReadOnlyList<(string Name, string Text)> Files { get; }

    public IReadOnlyList<LabelledExample> Safety { get; }

    public IReadOnlyList<LabelledExample> Questions { get; }

    public IReadOnlyList<LabelledExample> Dialogue { get; }

    private static readonly Lazy<ExampleSet> LazyEmbedded = new(() => FromResources(typeof(ExampleSet).Assembly));

    /// <summary>The examples compiled into this assembly (the repository's examples/, validation excluded), read on first use.</summary>
    public static ExampleSet Embedded => LazyEmbedded.Value;

    /// <summary>
    /// Reads <paramref name="folder"/>'s <c>safety/</c>, <c>questions/</c> and <c>dialogue/</c> subfolders (for
    /// <c>train</c>, and for the separately written validation set in <c>examples/validation</c>).
    /// </summary>
    public static ExampleSet Load(string folder)
    {
        var files = new List<(string, string)>();
        foreach (var sub in new[] { SafetyFolder, QuestionsFolder, DialogueFolder })
        {
            var path = Path.Combine(folder, sub);
            if (!Directory.Exists(path)) continue;
            files.AddRange(Directory.EnumerateFiles(path, "*.jsonl").Select(f => ($"{sub}/{Path.GetFileName(f)}", File.ReadAllText(f))));
        }

        return new ExampleSet([.. files.OrderBy(f => f.Item1, StringComparer.Ordinal)]);
    }

    private static ExampleSet FromResources(Assembly assembly)
    {
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add((name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }

        return new ExampleSet([.. files.OrderBy(f => f.Item1, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// These examples without those whose text <paramref name="other"/> also holds (compared by letters and digits, case
    /// aside): a validation line a writer happened to share with the training data ("hi", "thanks") would measure
    /// memory, not generalisation. <see cref="Files"/> stay whole.
    /// </summary>
    public ExampleSet Except(ExampleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var known = other.Safety.Concat(other.Questions).Concat(other.Dialogue).Select(e => Comparable(e.Text)).ToHashSet(StringComparer.Ordinal);
        List<LabelledExample> Keep(IEnumerable<LabelledExample> examples) => [.. examples.Where(e => !known.Contains(Comparable(e.Text)))];
        return new ExampleSet(Files, Keep(Safety), Keep(Questions), Keep(Dialogue));
    }

    /// <summary>How many examples there are in all.</summary>
    public int Count => Safety.Count + Questions.Count + Dialogue.Count;

    private static string Comparable(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The fingerprint of the files under <paramref name="folders"/> (safety/, questions/, dialogue/).</summary>
    public DataFingerprint AddTo(DataFingerprint fingerprint, params string[] folders)
    {
        foreach (var (name, text) in Files.Where(f => folders.Any(folder => f.Name.StartsWith(folder + "/", StringComparison.Ordinal))))
        {
            fingerprint.Add("examples/" + name, text);
        }

        return fingerprint;
    }

    /// <summary>Throws naming the file and line of the first answer example whose passage is not in <paramref name="passageIds"/>.</summary>
    public void CheckPassages(IReadOnlySet<string> passageIds)
    {
        foreach (var example in Questions)
        {
            foreach (var id in example.Passages)
            {
                if (!passageIds.Contains(id))
                    throw new FormatException($"examples/{QuestionsFolder}/{example.Hand}.jsonl({example.Line}): no passage '{id}' in the corpus.");
            }
        }
    }

    private static List<LabelledExample> Parse(IReadOnlyList<(string Name, string Text)> files, string folder, IReadOnlySet<string> labels)
    {
        var examples = new List<LabelledExample>();
        foreach (var (name, text) in files.Where(f => f.Name.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            var hand = Path.GetFileNameWithoutExtension(name);
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0) continue;
                examples.Add(ParseLine(line, labels, hand, i + 1, $"examples/{name}({i + 1})"));
            }
        }

        return examples;
    }

    private static LabelledExample ParseLine(string line, IReadOnlySet<string> labels, string hand, int number, string where)
    {
        Line? row;
        try
        {
            row = JsonSerializer.Deserialize<Line>(line, LineJson);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{where}: not a JSON object ({ex.Message}).", ex);
        }

        if (row is null || string.IsNullOrWhiteSpace(row.Text)) throw new FormatException($"{where}: no text.");
        if (row.Label is null || !labels.Contains(row.Label)) throw new FormatException($"{where}: unknown label '{row.Label}'.");
        if (row.Register is null || !Registers.All.Contains(row.Register)) throw new FormatException($"{where}: unknown register '{row.Register}'.");
        var passages = row.Passages ?? [];
        if (row.Label == LabelledExample.Answer && passages.Length == 0) throw new FormatException($"{where}: an answer names no passage.");
        if (row.Label != LabelledExample.Answer && passages.Length > 0) throw new FormatException($"{where}: only an answer names passages.");
        if (row.Label == LabelledExample.NotCovered && string.IsNullOrWhiteSpace(row.Kind)) throw new FormatException($"{where}: not-covered needs a kind.");
        return new LabelledExample(row.Text, row.Label, row.Register, passages, row.Kind, row.Note, hand, number);
    }


    private sealed record Line(string? Text, string? Label, string? Register, string[]? Passages, string? Kind, string? Note);
}
