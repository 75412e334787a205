using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Learning;

public sealed class ExampleSetTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mbcbot-examples-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string file, params string[] lines)
    {
        var path = Path.Combine(_root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }

    private const string Good = """{"text": "my legs went numb an hour ago", "label": "spinal-cord-compression", "register": "plain"}""";

    [Fact]
    public void Load_ThreeFolders_EachExampleWithItsHandAndLine()
    {
        Write("safety/s9.jsonl", Good, "", """{"text": "no numbness, just sore", "label": "near-miss", "register": "fragment", "note": "negated"}""");
        Write("questions/q9.jsonl", """{"text": "where does it spread", "label": "answer", "passages": ["doc#1", "doc#2"], "register": "plain"}""",
            """{"text": "how much is a scan", "label": "not-covered", "kind": "money-insurance", "register": "plain"}""");
        Write("dialogue/d9.jsonl", """{"text": "cheers that helped", "label": "thanks", "register": "dialect"}""");

        var set = ExampleSet.Load(_root);

        Assert.Equal(2, set.Safety.Count);
        var nearMiss = set.Safety[1];
        Assert.Equal(("no numbness, just sore", LabelledExample.NearMiss, "fragment", "negated", "s9", 3),
            (nearMiss.Text, nearMiss.Label, nearMiss.Register, nearMiss.Note, nearMiss.Hand, nearMiss.Line));
        Assert.Equal(["doc#1", "doc#2"], set.Questions[0].Passages);
        Assert.Equal("money-insurance", set.Questions[1].Kind);
        Assert.Equal(DialogueActs.Thanks, Assert.Single(set.Dialogue).Label);
        Assert.Equal(["dialogue/d9.jsonl", "questions/q9.jsonl", "safety/s9.jsonl"], set.Files.Select(f => f.Name));
    }

    [Fact]
    public void Except_TextAlsoInTheOtherSet_LeftOutByLettersAndDigitsCaseAside()
    {
        Write("training/dialogue/d1.jsonl", """{"text": "Good morning.", "label": "greeting", "register": "plain"}""");
        Write("training/safety/s1.jsonl", Good);
        Write("validation/dialogue/v1.jsonl", """{"text": "good   MORNING", "label": "greeting", "register": "plain"}""",
            """{"text": "good evening", "label": "greeting", "register": "plain"}""");
        Write("validation/safety/v1.jsonl", """{"text": "My legs went numb, an hour ago!", "label": "spinal-cord-compression", "register": "plain"}""");
        var validation = ExampleSet.Load(Path.Combine(_root, "validation"));

        var kept = validation.Except(ExampleSet.Load(Path.Combine(_root, "training")));

        Assert.Equal("good evening", Assert.Single(kept.Dialogue).Text);
        Assert.Empty(kept.Safety);
        Assert.Equal((3, 1), (validation.Count, kept.Count));
        Assert.Equal(validation.Files, kept.Files);
    }

    [Fact]
    public void Load_FilesOutsideTheThreeFolders_NotRead()
    {
        Write("safety/s9.jsonl", Good);
        Write("validation/safety/v1.jsonl", "not json at all");
        Write("safety/notes.txt", "not json at all");

        Assert.Single(ExampleSet.Load(_root).Safety);
    }

    [Theory]
    [InlineData("{\"text\": \"x\", \"label\": ", "examples/safety/bad.jsonl(2): not a JSON object")]
    [InlineData("[1, 2]", "examples/safety/bad.jsonl(2): not a JSON object")]
    [InlineData("""{"text": "x", "label": "near-miss", "register": "plain", "colour": "red"}""", "examples/safety/bad.jsonl(2): not a JSON object")]
    [InlineData("""{"label": "near-miss", "register": "plain"}""", "examples/safety/bad.jsonl(2): no text.")]
    [InlineData("""{"text": "x", "label": "panic", "register": "plain"}""", "examples/safety/bad.jsonl(2): unknown label 'panic'.")]
    [InlineData("""{"text": "x", "label": "thanks", "register": "plain"}""", "examples/safety/bad.jsonl(2): unknown label 'thanks'.")]
    [InlineData("""{"text": "x", "register": "plain"}""", "examples/safety/bad.jsonl(2): unknown label ''.")]
    [InlineData("""{"text": "x", "label": "near-miss", "register": "shouting"}""", "examples/safety/bad.jsonl(2): unknown register 'shouting'.")]
    [InlineData("""{"text": "x", "label": "near-miss", "register": "plain", "passages": ["doc#1"]}""", "examples/safety/bad.jsonl(2): only an answer names passages.")]
    public void Load_BadSafetyLine_FormatExceptionNamingTheFileAndLine(string line, string message)
    {
        Write("safety/bad.jsonl", Good, line, Good);

        var error = Assert.Throws<FormatException>(() => ExampleSet.Load(_root));

        Assert.StartsWith(message, error.Message);
    }

    [Theory]
    [InlineData("""{"text": "x", "label": "answer", "register": "plain"}""", "an answer names no passage.")]
    [InlineData("""{"text": "x", "label": "answer", "passages": [], "register": "plain"}""", "an answer names no passage.")]
    [InlineData("""{"text": "x", "label": "not-covered", "register": "plain"}""", "not-covered needs a kind.")]
    [InlineData("""{"text": "x", "label": "seizure", "register": "plain"}""", "unknown label 'seizure'.")]
    public void Load_BadQuestionLine_FormatExceptionNamingTheFileAndLine(string line, string reason)
    {
        Write("questions/q.jsonl", line);

        var error = Assert.Throws<FormatException>(() => ExampleSet.Load(_root));

        Assert.Equal($"examples/questions/q.jsonl(1): {reason}", error.Message);
    }

    [Fact]
    public void Load_BlankLines_SkippedButCounted()
    {
        Write("dialogue/d.jsonl", "", "   ", """{"text": "hi", "label": "greeting", "register": "plain"}""", "", """{"text": "x", "label": "wave", "register": "plain"}""");

        var error = Assert.Throws<FormatException>(() => ExampleSet.Load(_root));

        Assert.StartsWith("examples/dialogue/d.jsonl(5):", error.Message);
    }

    [Fact]
    public void CheckPassages_UnknownPassage_FormatExceptionNamingTheFileLineAndPassage()
    {
        Write("questions/q9.jsonl",
            """{"text": "a", "label": "answer", "passages": ["doc#1"], "register": "plain"}""",
            """{"text": "b", "label": "answer", "passages": ["doc#1", "doc#9"], "register": "plain"}""");
        var set = ExampleSet.Load(_root);

        var error = Assert.Throws<FormatException>(() => set.CheckPassages(new HashSet<string> { "doc#1", "doc#2" }));

        Assert.Equal("examples/questions/q9.jsonl(2): no passage 'doc#9' in the corpus.", error.Message);
    }

    [Fact]
    public void Embedded_IsTheRepositorysExamplesWithoutValidation()
    {
        var repository = ExampleSet.Load(Path.Combine(RepositoryPaths.Root, "examples"));
        var embedded = ExampleSet.Embedded;

        Assert.Equal(repository.Files.Select(f => f.Name), embedded.Files.Select(f => f.Name));
        Assert.Equal(repository.Files.Select(f => f.Text.ReplaceLineEndings("\n")), embedded.Files.Select(f => f.Text.ReplaceLineEndings("\n")));
        Assert.DoesNotContain(embedded.Files, f => f.Name.StartsWith("validation", StringComparison.Ordinal));
    }

    [Fact]
    public void Embedded_EveryLabelledEmergencyCategoryAndEveryActPresent()
    {
        var set = ExampleSet.Embedded;

        Assert.All(TriageCategories.Emergencies, c => Assert.Contains(set.Safety, e => e.Label == c));
        Assert.All(DialogueActs.All, a => Assert.Contains(set.Dialogue, e => e.Label == a));
        Assert.Contains(set.Questions, e => e.Label == LabelledExample.NotCovered);
        Assert.Contains(set.Questions, e => e.Label == LabelledExample.Answer);
    }

    [Fact]
    public void Embedded_EveryAnswerNamesAPassageOfTheCorpus() =>
        ExampleSet.Embedded.CheckPassages(TestCorpora.Real.Passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Validation_LoadsAndNamesOnlyPassagesOfTheCorpus()
    {
        var validation = ExampleSet.Load(Path.Combine(RepositoryPaths.Root, "examples", "validation"));

        Assert.NotEmpty(validation.Safety);
        Assert.NotEmpty(validation.Questions);
        Assert.NotEmpty(validation.Dialogue);
        validation.CheckPassages(TestCorpora.Real.Passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
    }
}
