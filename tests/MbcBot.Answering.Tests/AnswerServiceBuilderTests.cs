using MbcBot.Answering.Options;
using MbcBot.Answering.Tests.Testing;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Tests;

/// <summary>Start-up failures stop the bot with the file and line or the configuration key; a good copy builds.</summary>
public sealed class AnswerServiceBuilderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mbcbot-builder-").FullName;

    public AnswerServiceBuilderTests()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "corpus")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Corpus))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }
    }

    private string CorpusDir => Path.Combine(_root, "corpus");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The shipped options, with relative paths (so they resolve against the temp root).</summary>
    private static AnsweringOptions Answering(params string[] examples)
    {
        var options = TestAnswerServices.Answering; // the cache stays the repository's data/cache, shared by every test
        options.CorpusPath = "corpus";
        options.SynonymsPath = "corpus/synonyms.txt";
        options.TextSpeakPath = "corpus/text-speak.txt";
        options.NotCoveredPath = "corpus/not-covered.txt";
        if (examples.Length > 0)
        {
            options.ExampleQuestions = examples;
        }

        return options;
    }

    /// <summary>Builds with the test assembly's one sentence model, as the host shares its model between services.</summary>
    private IAnswerService Build(AnsweringOptions answering, RetrievalOptions? retrieval = null) =>
        AnswerServiceBuilder.Build(answering, retrieval ?? TestAnswerServices.Retrieval, _root, embedder: TestAnswerServices.Embedder);

    [Fact]
    public void Build_CopyOfTheShippedCorpus_RelativePathsResolveAgainstBaseDirectory()
    {
        var service = Build(Answering());

        Assert.Equal(ReplyKind.Answer, service.Answer("Where does breast cancer spread?").Kind);
    }

    [Theory]
    [InlineData("How do I bake sourdough bread?")]
    [InlineData("Is leukemia curable?")]
    [InlineData("I can't breathe")]       // an emergency is no example
    [InlineData("Should I stop my chemo?")] // nor is an advice request
    public void Build_ExampleQuestionTheBotDoesNotAnswer_ThrowsNamingTheKeyAndTheQuestion(string bad)
    {
        var answering = Answering("What is metastatic breast cancer?", "Where does breast cancer spread?", bad);

        var error = Assert.Throws<InvalidOperationException>(() => Build(answering));

        Assert.Contains("Answering:ExampleQuestions", error.Message);
        Assert.Contains(bad, error.Message);
    }

    [Fact]
    public void Build_MissingCorpusDirectory_Throws()
    {
        var answering = Answering();
        answering.CorpusPath = "no-such-corpus";

        var error = Assert.Throws<DirectoryNotFoundException>(() => Build(answering));

        Assert.Contains("no-such-corpus", error.Message);
    }

    [Fact]
    public void Build_MissingSynonymsFile_ThrowsNamingTheFile()
    {
        File.Delete(Path.Combine(CorpusDir, "synonyms.txt"));

        var error = Assert.Throws<FileNotFoundException>(() => Build(Answering()));

        Assert.Contains("synonyms.txt", error.Message);
    }

    [Fact]
    public void Build_FileWithUnsupportedHeading_CorpusFormatExceptionNamingFileAndLine()
    {
        var bad = Path.Combine(CorpusDir, "zz-broken.md");
        File.WriteAllText(bad, """
            ---
            id: zz-broken
            title: Broken
            publisher: Test
            source-file: none.txt
            ---

            ### A third-level heading
            Some text.
            """);

        var error = Assert.Throws<CorpusFormatException>(() => Build(Answering()));

        Assert.Equal(bad, error.FilePath);
        Assert.Equal(8, error.Line);
        Assert.StartsWith($"{bad}:8: ", error.Message);
    }

    [Fact]
    public void Build_FileMissingARequiredKey_CorpusFormatExceptionNamingFileLineAndKey()
    {
        var bad = Path.Combine(CorpusDir, "zz-no-publisher.md");
        File.WriteAllText(bad, "---\nid: zz-no-publisher\ntitle: No publisher\nsource-file: none.txt\n---\n\n## Heading\nText.\n");

        var error = Assert.Throws<CorpusFormatException>(() => Build(Answering()));

        Assert.Equal(bad, error.FilePath);
        Assert.True(error.Line > 0);
        Assert.Contains("publisher", error.Reason);
    }

    [Fact]
    public void Build_AddedDocument_RefusesTheAnswerModelNamingTrain()
    {
        // The answer model was fitted on this corpus: a new page needs `train` (and a review of its metrics) before
        // the bot answers from it; start-up says so rather than answer with a model that never saw the page.
        File.WriteAllText(Path.Combine(CorpusDir, "zz-added.md"), """
            ---
            id: zz-added
            title: An added page
            publisher: Test Publisher
            reviewed: 2024-02-03
            source-file: none.txt
            ---

            ## Quokkas
            <!-- questions: What is a quokka? -->

            This passage about quokkas exists only in this test.
            """);

        var error = Assert.Throws<InvalidOperationException>(() => Build(Answering()));

        Assert.Contains("models/answer.json was trained on other data", error.Message);
        Assert.Contains(MbcBot.Answering.Learning.ModelResources.TrainCommand, error.Message);
    }

    [Fact]
    public void Build_EditedSynonyms_RefusesTheAnswerModelNamingTrain()
    {
        File.AppendAllText(Path.Combine(CorpusDir, "synonyms.txt"), "\n# a reviewed comment added after training\n");

        var error = Assert.Throws<InvalidOperationException>(() => Build(Answering()));

        Assert.Contains("models/answer.json", error.Message);
        Assert.Contains("train", error.Message);
    }

    [Theory]
    [InlineData(false)] // the passages' vectors must be computed: the model fails there
    [InlineData(true)]  // every vector read from disk: the last check runs the model and fails
    public void Build_ModelThatCannotRun_ThrowsNamingTheSettingThatTurnsItOff(bool warmCache)
    {
        var answering = Answering();
        if (!warmCache)
        {
            answering.CachePath = Path.Combine(_root, "empty-cache");
        }

        var error = Assert.Throws<InvalidOperationException>(
            () => AnswerServiceBuilder.Build(answering, TestAnswerServices.Retrieval, _root, embedder: new BrokenModel()));

        Assert.Contains("Retrieval:UseSemanticModel", error.Message);
        Assert.Contains("model gone", error.Message);
    }

    private sealed class BrokenModel : MbcBot.Answering.Semantic.ISentenceEmbedder
    {
        public int Dimensions => 384;

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("model gone");
    }

    [Fact]
    public void Build_NullOptions_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => AnswerServiceBuilder.Build(null!, TestAnswerServices.Retrieval, _root));
        Assert.Throws<ArgumentNullException>(() => AnswerServiceBuilder.Build(Answering(), null!, _root));
    }

    [Fact]
    public void Build_PrebuiltIndex_AnswersAsTheInMemoryIndex()
    {
        var folder = Path.Combine(_root, "index");
        var count = AnswerServiceBuilder.WriteIndex(Answering(), TestAnswerServices.Retrieval, _root, folder);
        var retrieval = TestAnswerServices.Retrieval;
        retrieval.IndexPath = "index";

        var fromDisk = Build(Answering(), retrieval).Answer("where does breast cancer spread");
        var inMemory = Build(Answering()).Answer("where does breast cancer spread");

        Assert.Equal(CorpusLoader.LoadDirectory(CorpusDir).Passages.Count, count);
        Assert.Equal(ReplyKind.Answer, fromDisk.Kind);
        Assert.Equal(inMemory.Source, fromDisk.Source);
    }

    [Fact]
    public void Build_IndexOfAnOlderCorpus_ThrowsNamingIndexPath()
    {
        var folder = Path.Combine(_root, "index");
        AnswerServiceBuilder.WriteIndex(Answering(), TestAnswerServices.Retrieval, _root, folder);
        File.WriteAllText(Path.Combine(CorpusDir, "added.md"), """
            ---
            id: added
            title: Added
            publisher: Test Publisher
            source-file: added.txt
            ---

            ## Added passage

            Text of a passage written after the index was.
            """);
        var retrieval = TestAnswerServices.Retrieval;
        retrieval.IndexPath = "index";
        retrieval.UseSemanticModel = false;

        var error = Assert.Throws<InvalidOperationException>(() => AnswerServiceBuilder.Build(Answering(), retrieval, _root));

        Assert.StartsWith("Retrieval:IndexPath:", error.Message);
        Assert.Contains("rebuild", error.Message);
    }

    [Fact]
    public void Build_EmptyIndexFolder_ThrowsNamingIndexPath()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        var retrieval = TestAnswerServices.Retrieval;
        retrieval.IndexPath = "empty";
        retrieval.UseSemanticModel = false;

        var error = Assert.Throws<InvalidOperationException>(() => AnswerServiceBuilder.Build(Answering(), retrieval, _root));

        Assert.StartsWith("Retrieval:IndexPath:", error.Message);
    }

    [Fact]
    public void Build_ModelOff_AnswersLexicallyWithinOneClick()
    {
        var retrieval = TestAnswerServices.Retrieval;
        retrieval.UseSemanticModel = false;

        var service = AnswerServiceBuilder.Build(Answering(), retrieval, _root);
        var reply = service.Answer("what are the symptoms of liver metastasis");

        // The lexical decision answers less outright (models/METRICS.md): the passage is the answer or one click away.
        var answers = reply.Kind == ReplyKind.Answer ? [reply] : reply.SuggestedQuestions.Select(service.Answer).ToArray();
        Assert.Contains(answers, a => a.Kind == ReplyKind.Answer && a.Text.Contains("Jaundice", StringComparison.Ordinal));
    }
}
