using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Learning;

public sealed class DataFingerprintTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("mbcbot-fingerprint-").FullName;

    public DataFingerprintTests()
    {
        var examples = Path.Combine(RepositoryPaths.Root, "examples");
        foreach (var file in Directory.EnumerateFiles(examples, "*.jsonl", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(examples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private static string Of(params (string Name, string Text)[] parts)
    {
        var fingerprint = new DataFingerprint();
        foreach (var (name, text) in parts) fingerprint.Add(name, text);
        return fingerprint.Finish();
    }

    private static string RedFlags => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "corpus", "red-flags.json"));

    [Fact]
    public void Finish_SameParts_SameLowerCaseSha256Hex()
    {
        var fingerprint = Of(("a", "one"), ("b", "two"));

        Assert.Equal(fingerprint, Of(("a", "one"), ("b", "two")));
        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
    }

    [Theory]
    [InlineData("a", "one", "b", "three")] // another text
    [InlineData("a", "one", "c", "two")]   // another name
    [InlineData("b", "two", "a", "one")]   // another order
    public void Finish_AnyChange_AnotherFingerprint(string name1, string text1, string name2, string text2) =>
        Assert.NotEqual(Of(("a", "one"), ("b", "two")), Of((name1, text1), (name2, text2)));

    [Fact]
    public void Finish_NameAndTextBoundary_Counts() => Assert.NotEqual(Of(("ab", "c")), Of(("a", "bc")));

    [Fact]
    public void Finish_WindowsLineEndings_SameAsUnix() => Assert.Equal(Of(("a", "x\ny\n")), Of(("a", "x\r\ny\r\n")));

    [Fact]
    public void TriageFingerprint_CopyOfTheExamples_TheShippedModelsFingerprint()
    {
        var fingerprint = TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags);

        Assert.Equal(ModelResources.Read(TriageModel.Name)!.TrainedOn, fingerprint);
    }

    [Fact]
    public void TriageFingerprint_OneSafetyExampleEdited_Changes()
    {
        var before = TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags);
        var file = Directory.EnumerateFiles(Path.Combine(_copy, "safety"), "*.jsonl").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(file);
        lines[^1] = lines[^1].Replace("\"text\": \"", "\"text\": \"really ", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var after = TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags);

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void TriageFingerprint_RedFlagTableEdited_Changes() =>
        Assert.NotEqual(
            TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags),
            TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags + " "));

    [Fact]
    public void TriageFingerprint_QuestionExampleEdited_Changes()
    {
        var before = TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags);
        File.AppendAllText(Path.Combine(_copy, "questions", "q1.jsonl"),
            """{"text": "a new question line", "label": "not-covered", "kind": "off-topic", "register": "plain"}""" + "\n");

        Assert.NotEqual(before, TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags));
    }

    [Fact]
    public void TriageFingerprint_ValidationEdited_Unchanged()
    {
        // The triage is fitted on examples/safety (and the rules); the validation set only measures.
        var before = TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags);
        File.AppendAllText(Path.Combine(_copy, "validation", "safety", "v1.jsonl"),
            """{"text": "a new validation line", "label": "general", "register": "plain"}""" + "\n");

        Assert.Equal(before, TriageModel.Fingerprint(ExampleSet.Load(_copy), RedFlags));
    }
}
