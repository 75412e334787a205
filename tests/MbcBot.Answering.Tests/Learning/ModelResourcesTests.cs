using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Learning;

/// <summary>
/// The committed models against the committed data: what fails when someone edits examples/, the corpus or its
/// vocabulary files and does not run <c>train</c>. The fingerprints are computed from the repository's files (not the
/// copies compiled into the assembly), and the message names the model and the command.
/// </summary>
public sealed class ModelResourcesTests
{
    private static readonly ExampleSet Repository = ExampleSet.Load(Path.Combine(RepositoryPaths.Root, "examples"));

    private static CorpusFingerprintInput Corpus()
    {
        var answering = new AnsweringOptions();
        var (corpus, _) = AnswerServiceBuilder.LoadCorpus(answering, RepositoryPaths.Root);
        return AnswerServiceBuilder.CorpusInput(corpus, answering, RepositoryPaths.Root);
    }

    public static TheoryData<string> Linear => [TriageModel.Name, TriageModel.CategoryName, ActModel.Name, ActModel.LexicalName, TopicModel.Name];

    public static TheoryData<string> Trees => [AnswerModel.Name, AnswerModel.LexicalName];

    private static string Expected(string name) => name switch
    {
        TriageModel.Name or TriageModel.CategoryName =>
            TriageModel.Fingerprint(Repository, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "corpus", "red-flags.json"))),
        ActModel.Name or ActModel.LexicalName => ActModel.Fingerprint(name, Repository),
        _ => AnswerModel.Fingerprint(name, Repository, Corpus()),
    };

    [Theory]
    [MemberData(nameof(Linear))]
    public void Load_CommittedLinearModel_TrainedOnTheCommittedData(string name)
    {
        var model = ModelResources.Load(name, Expected(name), "test data");

        Assert.Equal(name, model.Name);
        Assert.NotEmpty(model.Features);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void LoadTrees_CommittedTreeModel_TrainedOnTheCommittedData(string name)
    {
        var model = ModelResources.LoadTrees(name, Expected(name), "test data");

        Assert.Equal(name, model.Name);
        Assert.NotEmpty(model.Trees);
        Assert.True(model.Cut(AnswerModel.ClarifyCut) <= model.Cut(AnswerModel.AnswerCut));
    }

    [Fact]
    public void Load_FingerprintOfOtherData_RefusesNamingTheFileTheDataAndTrain()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelResources.Load(TriageModel.Name, new string('0', 64), "examples/safety"));

        Assert.Contains("models/triage.json was trained on other data", error.Message);
        Assert.Contains("examples/safety", error.Message);
        Assert.Contains($"run `{ModelResources.TrainCommand}`", error.Message);
    }

    [Fact]
    public void LoadTrees_FingerprintOfOtherData_RefusesNamingTrain()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelResources.LoadTrees(AnswerModel.Name, "stale", "the corpus"));

        Assert.Contains("models/answer.json", error.Message);
        Assert.Contains("train", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_ModelNotInTheBuild_ThrowsNamingTrain(bool trees)
    {
        var error = trees
            ? Assert.Throws<InvalidOperationException>(() => ModelResources.LoadTrees("no-such-model", "x", "y"))
            : Assert.Throws<InvalidOperationException>(() => ModelResources.Load("no-such-model", "x", "y"));

        Assert.Contains("models/no-such-model.json is missing from the build", error.Message);
        Assert.Contains("train", error.Message);
        Assert.Null(ModelResources.Read("no-such-model"));
    }

    [Fact]
    public void Shipped_EveryModel_LoadsAgainstTheEmbeddedData()
    {
        var corpus = Corpus();

        Assert.NotNull(TriageModel.Shipped(semantic: true).File);
        Assert.Equal(ActModel.Name, ActModel.Shipped(semantic: true).File.Name);
        Assert.Equal(ActModel.LexicalName, ActModel.Shipped(semantic: false).File.Name);
        Assert.NotNull(AnswerModel.Shipped(semantic: true, corpus).Topic);
        Assert.Null(AnswerModel.Shipped(semantic: false, corpus).Topic);
    }

    [Fact]
    public void Shipped_TriageModels_ReadWhatTheirDesignSays()
    {
        var triage = TriageModel.Shipped(semantic: true);

        // Words and the rules' signals for emergency/advice/none; the sentence vector for the category.
        Assert.Equal(TriageModel.Classes, triage.File.Classes);
        Assert.All(triage.File.Features, f => Assert.True(f.StartsWith(WordGrams.Prefix, StringComparison.Ordinal) || TriageSignals.Names.Contains(f), f));
        Assert.True(triage.ReadsEmbedding);
        Assert.Equal(TriageCategories.Emergencies, ModelResources.Read(TriageModel.CategoryName)!.Classes);
        Assert.InRange(triage.EmergencyThreshold, 0, triage.ConfidentThreshold);
    }
}
