using MbcBot.Answering.Composition;
using MbcBot.Answering.Conversations;
using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Text;
using MbcBot.Answering.Understanding;
using MbcBot.Ingestion;
using MbcBot.Search.Analysis;

namespace MbcBot.Answering;

/// <summary>
/// Builds the answer service once at start-up: loads and validates the corpus and synonyms, builds the index, checks
/// the curated follow-up and example questions against it. Any problem throws with the file and line, or the
/// configuration key, so a bad corpus or setting stops the bot before it takes a question.
/// </summary>
public static class AnswerServiceBuilder
{
    /// <param name="baseDirectory">Relative paths in <paramref name="answering"/> are resolved against it.</param>
    /// <param name="warn">Hears start-up problems that do not stop the bot (a cache not written, a word list missing).</param>
    /// <param name="embedder">
    /// The sentence model to use (the host shares one cached model per process); null loads one when
    /// <see cref="RetrievalOptions.UseSemanticModel"/> is on.
    /// </param>
    /// <param name="safety">
    /// Builds the safety triage from the answer path's corrector and message reader (the host's adds logging and the
    /// triage model); null: the rules, with the corrector.
    /// </param>
    public static IAnswerService Build(
        AnsweringOptions answering,
        RetrievalOptions retrieval,
        string baseDirectory,
        Action<string>? warn = null,
        ISentenceEmbedder? embedder = null,
        Func<ITextCorrector, MessageReader, ITriage>? safety = null)
    {
        ArgumentNullException.ThrowIfNull(answering);
        ArgumentNullException.ThrowIfNull(retrieval);

        // Start-up on two cores: the model loads in the background (MiniLmEmbedder), the corrector and the safety rules
        // (about a hundred regexes, interpreted until compiled after start-up: TieredRegex) are built on one core while the
        // corpus is indexed on the other, and the model is checked last, when it has had the most time to load.
        var model = embedder ?? (retrieval.UseSemanticModel ? CreateEmbedder(retrieval) : null);
        var (corpus, analyzer) = LoadCorpus(answering, baseDirectory);
        var uncovered = UncoveredTopics.Load(Path.GetFullPath(answering.NotCoveredPath, baseDirectory));
        var checking = Task.Run(() =>
        {
            // Cached: the triage and the answer path both correct every message.
            ITextCorrector corrector = new CachedCorrector(BuildCorrector(corpus, answering, baseDirectory, warn));
            var reader = new MessageReader(corrector, model);
            return (Corrector: corrector, Reader: reader, Triage: safety?.Invoke(corrector, reader) ?? new SafetyTriage(corrector, null, null, null, null));
        });
        var (corrector, reader, triage) = checking.GetAwaiter().GetResult();
        if (model is not null)
        {
            UsingModel(() => model.Embed(["metastatic breast cancer"]));
        }

        var retriever = BuildRetriever(
            corpus,
            analyzer,
            retrieval,
            retrieval.UseSemanticModel ? model : null,
            ExampleSet.Embedded,
            corrector,
            uncovered,
            CacheFolder(answering, baseDirectory),
            warn,
            retrieval.IndexPath is { Length: > 0 } index ? Path.GetFullPath(index, baseDirectory) : null);

        // The decision was fitted on this corpus and these examples, or start-up stops naming `train`.
        var decision = AnswerModel.Shipped(retrieval.UseSemanticModel, CorpusInput(corpus, answering, baseDirectory));
        var finder = new AnswerFinder(triage, retrieval.UseSemanticModel ? reader : new MessageReader(corrector, null), retriever, decision);
        // Every question the bot can offer is decided once, here: the checks below and every click are lookups.
        finder.Pin(corpus.Passages.SelectMany(p => p.Questions).Concat(answering.ExampleQuestions));
        var followUps = FollowUpQuestions.Build(corpus, finder, retriever, retrieval.FollowUpCount);

        foreach (var example in answering.ExampleQuestions)
        {
            // With the model, an example must be answered outright. The lexical decision answers less outright (its model
            // has only words to go on: models/METRICS.md), so there an example offered as a did-you-mean is no dead end.
            if (finder.AnsweringPassage(example) is null
                && (retrieval.UseSemanticModel || finder.Decide(example).Outcome != Outcome.Clarify))
            {
                throw new InvalidOperationException(
                    $"{AnsweringOptions.SectionName}:{nameof(AnsweringOptions.ExampleQuestions)}: \"{example}\" is not " +
                    "answered by the corpus; choose example questions the bot can answer.");
            }
        }

        var composer = new ReplyComposer(answering.Disclaimer, answering.ExampleQuestions, corpus.Documents);
        var acts = ActModel.Shipped(semantic: model is not null);
        var memory = new InMemoryConversationMemory(answering.MaxConversations, answering.ConversationTimeToLive);

        // Ready: the regexes (safety rules and answer path), interpreted so far, are compiled on a background thread from now on.
        RegexCompiler.Default.Start();
        return new AnswerService(triage, reader, acts, retriever, finder, followUps, composer, memory, answering.MaxQuestionLength);
    }

    /// <summary>
    /// The retrieval: the Lucene index, and with the sentence model the passages' vectors and the labelled examples'
    /// vectors (each example read as the answer path reads a message: corrected first). Shared with <c>train</c>,
    /// which passes the repository's examples instead of the shipped ones.
    /// </summary>
    internal static PassageRetriever BuildRetriever(
        Corpus corpus,
        EnglishAnalyzer analyzer,
        RetrievalOptions retrieval,
        ISentenceEmbedder? model,
        ExampleSet examples,
        ITextCorrector corrector,
        UncoveredTopics uncovered,
        string? cacheFolder,
        Action<string>? warn,
        string? indexFolder = null)
    {
        SemanticIndex? semantic = null;
        var exampleIndex = ExampleIndex.Empty;
        if (model is not null)
        {
            semantic = UsingModel(() => SemanticIndex.Build(corpus.Passages, model, cacheFolder, warn));
            var entries = ExampleIndex.Entries(examples.Questions, corpus.Passages);
            var vectors = UsingModel(() => VectorCache.EmbedAll(
                model, SemanticIndex.ModelName, [.. entries.Select(e => corrector.Correct(e.Text))], cacheFolder, warn));
            exampleIndex = new ExampleIndex(entries, vectors);
        }

        return PassageRetriever.Build(corpus, analyzer, retrieval, semantic, indexFolder, exampleIndex, uncovered);
    }

    /// <summary>What the answer model's fingerprint reads of the corpus: its passages and the vocabulary files its signals use.</summary>
    internal static CorpusFingerprintInput CorpusInput(Corpus corpus, AnsweringOptions answering, string baseDirectory) =>
        new(corpus.Passages,
        [
            ("corpus/synonyms.txt", File.ReadAllText(Path.GetFullPath(answering.SynonymsPath, baseDirectory))),
            ("corpus/text-speak.txt", File.ReadAllText(Path.GetFullPath(answering.TextSpeakPath, baseDirectory))),
            ("corpus/not-covered.txt", File.ReadAllText(Path.GetFullPath(answering.NotCoveredPath, baseDirectory))),
        ]);

    /// <summary>
    /// Validates the corpus and synonyms as <see cref="Build"/> does and writes their Lucene index to
    /// <paramref name="folder"/>; returns how many passages it holds.
    /// </summary>
    public static int WriteIndex(AnsweringOptions answering, RetrievalOptions retrieval, string baseDirectory, string folder)
    {
        var (corpus, analyzer) = LoadCorpus(answering, baseDirectory);
        PassageRetriever.WriteIndex(folder, corpus, analyzer, retrieval);
        return corpus.Passages.Count;
    }

    /// <summary>
    /// The sentence model behind a bounded vector cache of <see cref="RetrievalOptions.EmbeddingCacheSize"/> texts, for a
    /// host to share between the answer path and the safety net (<see cref="Build"/>'s embedder).
    /// </summary>
    public static ISentenceEmbedder CreateEmbedder(RetrievalOptions retrieval)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        return new CachedEmbedder(new MiniLmEmbedder(), retrieval.EmbeddingCacheSize);
    }

    /// <summary>
    /// The folder of the sentence-vector cache (<see cref="AnsweringOptions.CachePath"/> resolved against
    /// <paramref name="baseDirectory"/>), or null when the setting is empty: for <see cref="Build"/> and for a host's
    /// safety net, which keeps its exemplars' vectors there too.
    /// </summary>
    public static string? CacheFolder(AnsweringOptions answering, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(answering);
        return answering.CachePath is { Length: > 0 } path ? Path.GetFullPath(path, baseDirectory) : null;
    }

    /// <summary>
    /// Runs <paramref name="use"/>, which needs the model; a model that cannot load or run stops start-up naming the
    /// setting that turns it off.
    /// </summary>
    private static T UsingModel<T>(Func<T> use)
    {
        try
        {
            return use();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"{RetrievalOptions.SectionName}:{nameof(RetrievalOptions.UseSemanticModel)}: the sentence-embedding model " +
                $"({SemanticIndex.ModelName}) could not be loaded or run ({ex.GetType().Name}: {ex.Message}); set it to false to answer lexically.",
                ex);
        }
    }

    /// <summary>The validated corpus and the analyzer with its synonyms; throws naming the file and line on any error.</summary>
    internal static (Corpus Corpus, EnglishAnalyzer Analyzer) LoadCorpus(AnsweringOptions answering, string baseDirectory) =>
        (CorpusLoader.LoadDirectory(Path.GetFullPath(answering.CorpusPath, baseDirectory)),
            new EnglishAnalyzer(SynonymFile.Load(Path.GetFullPath(answering.SynonymsPath, baseDirectory))));

    internal static SpellingCorrector BuildCorrector(Corpus corpus, AnsweringOptions answering, string baseDirectory, Action<string>? warn)
    {
        var textSpeak = TextSpeak.Load(Path.GetFullPath(answering.TextSpeakPath, baseDirectory));
        var synonyms = File.ReadAllText(Path.GetFullPath(answering.SynonymsPath, baseDirectory));
        var words = new List<string>();
        foreach (var path in answering.WordListPaths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (File.Exists(full))
            {
                words.AddRange(SpellingCorrector.ReadWordList(full));
            }
            else
            {
                warn?.Invoke($"{AnsweringOptions.SectionName}:{nameof(AnsweringOptions.WordListPaths)}: '{full}' not found; " +
                    "spelling correction then knows only the corpus's words (apt-get install wamerican wbritish).");
            }
        }

        var corpusTexts = corpus.Passages.SelectMany(p => p.Questions.Prepend(p.Heading).Append(p.Text)).Append(synonyms);
        return new SpellingCorrector(corpusTexts, words, textSpeak);
    }
}
