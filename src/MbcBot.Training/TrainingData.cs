using MbcBot.Answering;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Options;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Understanding;
using MbcBot.Ingestion;
using MbcBot.Search.Analysis;

namespace MbcBot.Training;

/// <summary>
/// Everything <c>train</c> reads, loaded once from a repository checkout: the training examples (examples/), the
/// separately written validation set (examples/validation, for measuring only), the corpus and its vocabulary files,
/// the answer path's own corrector and message reader (so the models are fitted on exactly the features the bot
/// computes), and the rules' triage. Every message is read once; the sentence vectors are kept in
/// <c>data/cache</c> under the repository (never committed) so a second run skips the model.
/// </summary>
internal sealed class TrainingData
{
    private readonly Dictionary<string, ReadMessage> _read = new(StringComparer.Ordinal);

    private TrainingData(string root, AnsweringOptions options, Corpus corpus, EnglishAnalyzer analyzer, MessageReader reader, SafetyTriage rules)
    {
        Root = root;
        Options = options;
        Corpus = corpus;
        Analyzer = analyzer;
        Reader = reader;
        Rules = rules;
        Examples = ExampleSet.Load(Path.Combine(root, "examples"));
        var validation = ExampleSet.Load(Path.Combine(root, "examples", "validation"));
        Validation = validation.Except(Examples);
        ValidationAlsoInTraining = validation.Count - Validation.Count;
        var passages = corpus.Passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Examples.CheckPassages(passages);
        validation.CheckPassages(passages);
    }

    public string Root { get; }

    public AnsweringOptions Options { get; }

    public Corpus Corpus { get; }

    public EnglishAnalyzer Analyzer { get; }

    public MessageReader Reader { get; }

    /// <summary>The rules' half of the triage, with the answer path's corrector.</summary>
    public SafetyTriage Rules { get; }

    public ExampleSet Examples { get; }

    /// <summary>The validation set, less the lines whose text is also a training line (<see cref="ExampleSet.Except"/>).</summary>
    public ExampleSet Validation { get; }

    /// <summary>How many validation lines were left out because a training line has the same text.</summary>
    public int ValidationAlsoInTraining { get; }

    public string CacheFolder => Path.Combine(Root, "data", "cache");

    /// <param name="root">A repository checkout: examples/, corpus/ and models/ below it.</param>
    /// <param name="embedder">The sentence model.</param>
    public static TrainingData Load(string root, ISentenceEmbedder embedder, Action<string> log)
    {
        var options = new AnsweringOptions();
        foreach (var list in options.WordListPaths)
        {
            // Without the word lists the corrector reads messages differently, and the fitted models would differ.
            if (!File.Exists(list))
                throw new InvalidOperationException($"train needs the word list {list} (apt-get install wamerican wbritish): the corrector reads with it.");
        }

        var (corpus, analyzer) = AnswerServiceBuilder.LoadCorpus(options, root);
        ITextCorrector corrector = new CachedCorrector(AnswerServiceBuilder.BuildCorrector(corpus, options, root, log), capacity: 100_000);
        var reader = new MessageReader(corrector, embedder);
        return new TrainingData(root, options, corpus, analyzer, reader, new SafetyTriage(corrector, null, null, null, null));
    }

    /// <summary>Reads every text (corrects, splits and embeds it), using and then updating the vector cache.</summary>
    public void ReadAll(IEnumerable<string> texts, Action<string> log)
    {
        var todo = texts.Where(t => !_read.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (todo.Length == 0) return;
        var corrected = todo.Select(t => (Text: t, Corrected: Reader.Corrector.Correct(t))).ToArray();
        var parts = corrected.Select(c => MessageParts.Split(c.Corrected) is { Count: > 0 } p ? p : [c.Corrected]).ToArray();
        var cached = MessageVectorFile.TryLoad(CacheFolder, parts);
        var vectors = cached ?? new MessageVectors[todo.Length];
        if (cached is null)
        {
            log($"train: embedding {todo.Length} messages (cached in {CacheFolder} for the next run)");
            Parallel.For(0, todo.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => vectors[i] = Reader.Embedder!.EmbedMessage(parts[i]));
            MessageVectorFile.Save(CacheFolder, parts, vectors, log);
        }

        for (var i = 0; i < todo.Length; i++)
        {
            _read[todo[i]] = new ReadMessage(todo[i], corrected[i].Corrected, parts[i], vectors[i]);
        }
    }

    public ReadMessage Read(string text) => _read.TryGetValue(text, out var read)
        ? read
        : throw new InvalidOperationException("train: a message was used before it was read (ReadAll).");

    /// <summary>The rules' verdict and the model's signals, once per text.</summary>
    public (TriageResult Rules, float[] Signals) RulesOf(string text)
    {
        lock (_rules)
        {
            if (_rules.TryGetValue(text, out var known)) return known;
        }

        var result = Rules.ReadRules(text);
        lock (_rules)
        {
            _rules[text] = result;
        }

        return result;
    }

    private readonly Dictionary<string, (TriageResult, float[])> _rules = new(StringComparer.Ordinal);
}
