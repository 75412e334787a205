using MbcBot.Answering.Options;
using MbcBot.Ingestion;
using MbcBot.Search.Analysis;
using MbcBot.Search.Search;
using MbcBot.Search.Index;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The corpus as a search index: one engine document per passage with three fields (heading, curated questions, body),
/// plus what <see cref="AnswerConfidence"/> needs to judge the best hit. Built once; immutable and thread-safe.
/// This is the only type that knows the engine's API.
/// </summary>
internal sealed class PassageRetriever
{
    public const string HeadingField = "heading";
    public const string QuestionsField = "questions";
    public const string BodyField = "body";

    /// <summary>Hits considered per question: the answer plus candidates for follow-up questions.</summary>
    private const int Top = 10;

    private readonly ISearchEngine _engine;
    private readonly Corpus _corpus;
    private readonly Dictionary<string, Passage> _passages;
    private readonly AnswerConfidence _confidence;

    private PassageRetriever(ISearchEngine engine, Corpus corpus, AnswerConfidence confidence)
    {
        _engine = engine;
        _corpus = corpus;
        _confidence = confidence;
        _passages = corpus.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public static PassageRetriever Build(Corpus corpus, Analyzer analyzer, RetrievalOptions options)
    {
        var documents = corpus.Passages.Select(p => new IndexDocument(p.Id, new Dictionary<string, string>
        {
            [HeadingField] = p.Heading,
            [QuestionsField] = string.Join("\n", p.Questions),
            [BodyField] = p.Text,
        }));
        var engine = SearchEngine.Build(
            documents,
            new SearchEngineOptions
            {
                K1 = options.K1,
                B = options.B,
                Fields =
                [
                    new SearchField(HeadingField, options.HeadingBoost),
                    new SearchField(QuestionsField, options.QuestionsBoost),
                    new SearchField(BodyField, options.BodyBoost),
                ],
            },
            analyzer);
        return new PassageRetriever(engine, corpus, AnswerConfidence.Build(corpus, analyzer));
    }

    public RetrievalResult Retrieve(string question)
    {
        var results = _engine.Search(question, Top);
        if (results.Hits.Count == 0)
        {
            return RetrievalResult.None;
        }

        var hits = new ScoredPassage[results.Hits.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = new ScoredPassage(_passages[results.Hits[i].DocumentId], results.Hits[i].Score);
        }

        return new RetrievalResult(hits, _confidence.Of(results, hits[0].Passage));
    }

    /// <summary>The score of <paramref name="passage"/> for <paramref name="question"/>, as a formula tree.</summary>
    public Explanation Explain(string question, Passage passage) => _engine.Explain(question, passage.Id);

    public CorpusDocument Document(Passage passage) => _corpus.GetDocument(passage.DocumentId);
}
