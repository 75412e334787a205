using MbcBot.Answering.Caching;
using MbcBot.Answering.Options;
using MbcBot.Ingestion;
using MbcBot.Answering.Semantic;
using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Finds the candidate passages for a question and measures each: BM25's top hits over three fields (heading, curated
/// questions, body; filler words removed) and, with the sentence model, the passages closest in meaning
/// (<see cref="SemanticIndex"/>) and those whose labelled examples are closest (<see cref="ExampleIndex"/>). Each
/// candidate gets its BM25 score, question match, coverage, semantic and example similarities; the fitted decision
/// (<see cref="AnswerModel"/>, in <see cref="AnswerFinder"/>) turns them into a probability. Built once; immutable and
/// thread-safe. This is the only type that knows the engine's API.
/// </summary>
internal sealed class PassageRetriever
{
    public const string HeadingField = "heading";
    public const string QuestionsField = "questions";
    public const string BodyField = "body";

    /// <summary>Hits considered per question: the answer, its close rivals, and candidates for follow-up questions.</summary>
    private const int Top = 10;

    /// <summary>
    /// Topics remembered (<see cref="Topic"/>), a few hundred bytes each: enough for the messages in flight at once
    /// (the second ask comes a few microseconds after the first), few enough that most die young (the GC copies what
    /// survives; the decision cache already holds the answers to repeated questions).
    /// </summary>
    private const int TopicCacheSize = 256;

    private readonly ISearchEngine _engine;
    private readonly Corpus _corpus;
    private readonly TermProfile _profile;
    private readonly TermIds _ids;
    private readonly Dictionary<string, PassageProfile> _passages;
    private readonly SemanticIndex? _semantic;
    private readonly ExampleIndex _examples;
    private readonly UncoveredTopics _uncovered;

    // A text's topic is a function of the text, and the answer path asks for the same one twice (ranking, then the
    // follow-ups of the answer); each costs an analysis with synonyms.
    private readonly LruCache<string, TopicSet> _topics = new(TopicCacheSize, StringComparer.Ordinal);

    private PassageRetriever(
        ISearchEngine engine,
        Corpus corpus,
        TermProfile profile,
        TermIds ids,
        Dictionary<string, PassageProfile> passages,
        SemanticIndex? semantic,
        ExampleIndex examples,
        UncoveredTopics uncovered)
    {
        _semantic = semantic;
        _examples = examples;
        _uncovered = uncovered;
        _engine = engine;
        _corpus = corpus;
        _profile = profile;
        _ids = ids;
        _passages = passages;
    }

    /// <param name="indexFolder">
    /// A Lucene index written by <see cref="WriteIndex"/> to open instead of indexing in memory; null indexes in memory.
    /// It must hold exactly the corpus's passages, else start-up fails: the bot never answers from a stale or
    /// half-built index.
    /// </param>
    /// <param name="examples">The labelled examples' vectors (empty without the sentence model).</param>
    /// <param name="uncovered">The kinds the pages never cover, by their words.</param>
    public static PassageRetriever Build(
        Corpus corpus,
        EnglishAnalyzer analyzer,
        RetrievalOptions options,
        SemanticIndex? semantic = null,
        string? indexFolder = null,
        ExampleIndex? examples = null,
        UncoveredTopics? uncovered = null)
    {
        var engine = indexFolder is null
            ? SearchEngine.Build(Documents(corpus), EngineOptions(options), analyzer)
            : OpenIndex(indexFolder, corpus, analyzer, options);

        var profile = TermProfile.Build(analyzer, corpus.Passages.Select(Texts).ToArray());
        var candidates = corpus.Passages.ToDictionary(
            p => p.Id,
            p => p.Questions.Prepend(p.Heading).Concat(DefinedTerms.In(p.Text)).Select(profile.Topic).ToArray(),
            StringComparer.Ordinal);
        var ids = new TermIds(candidates.Values.SelectMany(c => c).SelectMany(t => t.Terms));
        var passages = corpus.Passages.ToDictionary(
            p => p.Id,
            p => new PassageProfile(
                p,
                profile.TopicTerms(string.Join("\n", Texts(p))),
                [.. candidates[p.Id].Select(t => new IndexedTopic(t, ids, profile))]),
            StringComparer.Ordinal);
        return new PassageRetriever(engine, corpus, profile, ids, passages, semantic, examples ?? ExampleIndex.Empty, uncovered ?? UncoveredTopics.None);
    }

    /// <summary>Writes the Lucene index of <paramref name="corpus"/> to <paramref name="folder"/>, for <see cref="Build"/> to open.</summary>
    public static void WriteIndex(string folder, Corpus corpus, EnglishAnalyzer analyzer, RetrievalOptions options) =>
        SearchEngine.Write(folder, Documents(corpus), EngineOptions(options), analyzer);

    private static SearchEngine OpenIndex(string folder, Corpus corpus, EnglishAnalyzer analyzer, RetrievalOptions options)
    {
        SearchEngine engine;
        try
        {
            engine = SearchEngine.Open(folder, EngineOptions(options), analyzer);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"{RetrievalOptions.SectionName}:{nameof(RetrievalOptions.IndexPath)}: {ex.Message} Write one with `index --output {folder}`.", ex);
        }

        var expected = corpus.Passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (!expected.SetEquals(engine.DocumentIds))
        {
            var count = engine.Count;
            engine.Dispose();
            throw new InvalidOperationException(
                $"{RetrievalOptions.SectionName}:{nameof(RetrievalOptions.IndexPath)}: the index in '{folder}' holds {count} passages " +
                $"that do not match the corpus's {expected.Count}; rebuild it with `index --output {folder}`.");
        }

        return engine;
    }

    private static IEnumerable<IndexDocument> Documents(Corpus corpus) =>
        corpus.Passages.Select(p => new IndexDocument(p.Id, new Dictionary<string, string>
        {
            [HeadingField] = p.Heading,
            [QuestionsField] = string.Join("\n", p.Questions),
            [BodyField] = p.Text,
        }));

    private static SearchEngineOptions EngineOptions(RetrievalOptions options) => new()
    {
        K1 = options.K1,
        B = options.B,
        Fields =
        [
            new SearchField(HeadingField, options.HeadingBoost),
            new SearchField(QuestionsField, options.QuestionsBoost),
            new SearchField(BodyField, options.BodyBoost),
        ],
    };

    /// <summary>
    /// The candidates for <paramref name="question"/> (corrected text) with their signals, in no particular order (the
    /// decision orders them). <paramref name="vector"/> is the question's sentence vector (null without the model);
    /// <paramref name="leaveOut"/> leaves labelled examples out (for <c>train</c>: a writer's own, a held-out register).
    /// </summary>
    public RetrievalResult Retrieve(string question, float[]? vector = null, Func<ExampleIndex.Entry, bool>? leaveOut = null)
    {
        var topic = Topic(question);
        var lexical = _engine.Search([.. topic.Terms], Top);
        var semantic = vector is null || _semantic is null ? null : _semantic.Similarities(vector);
        var examples = vector is null ? null : _examples.Similarities(vector, leaveOut);
        var signals = new QuestionSignals(
            examples?.Uncovered ?? -1,
            examples?.Answerable ?? -1,
            UnknownShare(topic),
            _uncovered.KindNamedIn(question) is not null,
            CorpusScope.IsOutside(question),
            WordCount(question));
        if (lexical.Count == 0 && semantic is null)
        {
            return RetrievalResult.None with { Question = signals };
        }

        // Candidates: BM25's top hits, the semantically closest passages, and the passages asked most alike.
        var bm25 = lexical.ToDictionary(h => h.DocumentId, h => h.Score, StringComparer.Ordinal);
        var candidates = lexical.Select(h => h.DocumentId);
        if (semantic is not null)
        {
            candidates = candidates.Concat(semantic.OrderByDescending(p => p.Value).Take(Top).Select(p => p.Key));
        }

        if (examples is not null)
        {
            candidates = candidates.Concat(examples.ByPassage.OrderByDescending(p => p.Value).Take(Top).Select(p => p.Key));
        }

        var marked = _ids.Mark(topic.Terms);
        var hits = new List<ScoredPassage>();
        foreach (var id in candidates.Distinct(StringComparer.Ordinal))
        {
            if (!_passages.TryGetValue(id, out var passage)) continue;
            hits.Add(new ScoredPassage(
                passage.Passage,
                bm25.GetValueOrDefault(id),
                QuestionMatch.Best(topic, marked, passage.Candidates, _profile),
                AnswerConfidence.Of(topic, passage.Terms, _profile),
                semantic?.GetValueOrDefault(id) ?? 0,
                examples?.ByPassage.GetValueOrDefault(id, -1) ?? 0,
                0));
        }

        return new RetrievalResult(hits, 0) { Question = signals, UncoveredKind = examples?.UncoveredKind };
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }

        return count;
    }

    /// <summary>The idf-weighted share of the question's topic words that no passage uses.</summary>
    private double UnknownShare(TopicSet topic)
    {
        if (topic.Mass <= 0) return 0;
        double unknown = 0;
        foreach (var term in topic.Terms)
        {
            if (!_profile.IsKnown(term)) unknown += _profile.Weight(term);
        }

        return unknown / topic.Mass;
    }

    /// <summary>
    /// The topic of a text, to compare it with <see cref="Similarity"/> more than once. The result is shared between
    /// callers (remembered for the last texts asked): read it, never change its terms.
    /// </summary>
    public TopicSet Topic(string text) => _topics.GetOrAdd(text, _profile.Topic);

    /// <summary>How closely two texts share topic words, 0–1 (<see cref="QuestionMatch"/>).</summary>
    public double Similarity(TopicSet question, TopicSet other) => QuestionMatch.Best(question, [other], _profile);

    /// <summary>The BM25 score of <paramref name="passage"/> for <paramref name="question"/>, as a formula tree.</summary>
    public Lucene.Net.Search.Explanation Explain(string question, Passage passage) =>
        _engine.Explain([.. Topic(question).Terms], passage.Id);

    public CorpusDocument Document(Passage passage) => _corpus.GetDocument(passage.DocumentId);

    private static IEnumerable<string> Texts(Passage p) => p.Questions.Prepend(p.Heading).Append(p.Text);

    /// <summary>
    /// A passage's topic terms (all fields), and the term sets it can match a question with: its heading, each curated
    /// question, and each term its lists define (<see cref="DefinedTerms"/>).
    /// </summary>
    /// <param name="Candidates">Those term sets, indexed for <see cref="QuestionMatch"/>.</param>
    private sealed record PassageProfile(Passage Passage, HashSet<string> Terms, IndexedTopic[] Candidates);
}
