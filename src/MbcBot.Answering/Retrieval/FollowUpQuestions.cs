using MbcBot.Answering.Safety;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Chooses the related questions offered after a reply. Contract: every question offered is one the bot answers,
/// with the passage it was written for. That is checked once at start-up: a curated question is kept only if asking
/// it goes through triage as a plain question and retrieval returns its own passage with enough confidence.
/// </summary>
internal sealed class FollowUpQuestions
{
    private readonly Dictionary<string, string[]> _answerable;
    private readonly Dictionary<string, TopicSet> _topics;
    private readonly Corpus _corpus;
    private readonly PassageRetriever _retriever;
    private readonly int _count;

    /// <summary>A follow-up whose topic matches the user's question this closely asks the same thing again.</summary>
    private const double SameQuestion = 0.8;

    private FollowUpQuestions(Dictionary<string, string[]> answerable, Corpus corpus, PassageRetriever retriever, int count)
    {
        _answerable = answerable;
        _topics = answerable.Values.SelectMany(q => q).Distinct(StringComparer.Ordinal)
            .ToDictionary(q => q, retriever.Topic, StringComparer.Ordinal);
        _corpus = corpus;
        _retriever = retriever;
        _count = count;
    }

    /// <summary>How many curated questions passed the start-up check (for logs and tests).</summary>
    public int AnswerableCount => _answerable.Values.Sum(q => q.Length);

    public static FollowUpQuestions Build(Corpus corpus, AnswerFinder finder, PassageRetriever retriever, int count)
    {
        // Each check is a triage and a decision (pinned by the builder, else a full one: ~5 ms with the model); they are
        // independent and the finder is thread-safe, so they use every core.
        var passages = corpus.Passages.ToArray();
        var checkedQuestions = new string[passages.Length][];
        Parallel.For(0, passages.Length, i => checkedQuestions[i] = passages[i].Questions
            .Where(q => finder.AnsweringPassage(q)?.Passage.Id == passages[i].Id)
            .ToArray());
        var answerable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Length; i++)
        {
            answerable[passages[i].Id] = checkedQuestions[i];
        }

        return new FollowUpQuestions(answerable, corpus, retriever, count);
    }

    /// <summary>All questions that passed the start-up check, in corpus order.</summary>
    public IEnumerable<string> All => _corpus.Passages.SelectMany(p => _answerable[p.Id]);

    /// <summary>
    /// The questions a "did you mean" offers for <paramref name="result"/>: the first answerable curated question of each
    /// of its best passages, at most the count. Each leads to its own passage when picked (the start-up contract).
    /// </summary>
    public IReadOnlyList<string> Candidates(RetrievalResult result) =>
        Pick(result.Hits.Select(h => h.Passage), static _ => true);

    /// <summary>True when <paramref name="question"/> passed the start-up check.</summary>
    public bool IsAnswerable(string question) => _answerable.Values.Any(qs => qs.Contains(question, StringComparer.Ordinal));

    /// <summary>
    /// After an answer to <paramref name="question"/>: the next-best passages of the same search (they share the
    /// question's topic), then the neighbouring passages of the answer's own document; never the answered passage
    /// itself, and never a question that asks the same thing as the user's.
    /// </summary>
    public IReadOnlyList<string> After(string question, RetrievalResult result)
    {
        var answered = result.Hits[0].Passage;
        var candidates = result.Hits.Skip(1).Select(h => h.Passage)
            .Concat(Neighbours(answered))
            .Where(p => p.Id != answered.Id && !SameText(p, answered));
        var asked = _retriever.Topic(question);
        return Pick(candidates, q => _retriever.Similarity(asked, _topics[q]) < SameQuestion);
    }

    /// <summary>For an advice reply: general questions about the topic the user asked about, answered passage included.</summary>
    public IReadOnlyList<string> ForTopicOf(RetrievalResult result) =>
        result.Confidence > 0 ? Pick(result.Hits.Select(h => h.Passage), static _ => true) : [];

    /// <summary>The first answerable question of each passage that <paramref name="offer"/> accepts, up to the count.</summary>
    private IReadOnlyList<string> Pick(IEnumerable<Passage> passages, Func<string, bool> offer)
    {
        var picked = new List<string>(_count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            if (picked.Count == _count)
            {
                break;
            }

            if (!seen.Add(passage.Id) || !_answerable.TryGetValue(passage.Id, out var questions))
            {
                continue;
            }

            var question = questions.FirstOrDefault(q => offer(q) && !picked.Contains(q, StringComparer.OrdinalIgnoreCase));
            if (question is not null)
            {
                picked.Add(question);
            }
        }

        return picked;
    }

    private IEnumerable<Passage> Neighbours(Passage passage)
    {
        var document = _corpus.GetDocument(passage.DocumentId).Passages;
        return document.OrderBy(p => Math.Abs(p.Ordinal - passage.Ordinal)).ThenBy(p => p.Ordinal);
    }

    private static bool SameText(Passage a, Passage b) => string.Equals(a.Text, b.Text, StringComparison.Ordinal);
}
