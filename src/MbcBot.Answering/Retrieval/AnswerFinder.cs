using System.Collections.Frozen;
using MbcBot.Answering.Caching;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The one decision for "the corpus answers this question", with three outcomes (<see cref="Decision"/>): the question
/// is read as meant (<see cref="MessageReader"/>: text-speak, misspellings, one sentence vector), its candidate
/// passages are measured (<see cref="PassageRetriever"/>), and the fitted <see cref="AnswerModel"/> gives each the
/// probability that it answers the question. The best candidate at or above the answer cut is the answer; at or above
/// the clarify cut the bot offers its best candidates ("did you mean"); below, the pages do not cover it. The cuts were
/// chosen by <c>train</c> on cross-validated predictions, for the precision of cited answers. The answer service, the
/// start-up check of follow-up questions and the check of the example questions all ask here, so what is offered and
/// what is answered cannot drift apart.
/// </summary>
internal sealed class AnswerFinder(
    ITriage triage,
    MessageReader reader,
    PassageRetriever retriever,
    AnswerModel model,
    int cacheSize = AnswerFinder.DefaultCacheSize)
{
    /// <summary>Decisions remembered by default; a decision holds up to ~30 scored hits, about 2 KB.</summary>
    public const int DefaultCacheSize = 10_000;

    // A decision depends on the text alone (no conversation state), so a repeated question is a lookup. A text is kept
    // from its second time (most typed questions come once; see LruCache's admitOnRepeat); the questions the bot
    // offers are pinned at start-up, so a clicked suggestion is always a lookup.
    private readonly LruCache<string, Decision> _decisions = new(cacheSize, StringComparer.Ordinal, admitOnRepeat: true);
    private FrozenDictionary<string, Decision> _pinned = FrozenDictionary<string, Decision>.Empty;

    public AnswerModel Model => model;

    public Decision Decide(string question)
    {
        question ??= "";
        return _pinned.TryGetValue(question, out var pinned) ? pinned : _decisions.GetOrAdd(question, DecideUncached);
    }

    /// <summary>
    /// Decides <paramref name="questions"/> (in parallel: they are independent) and keeps their decisions for the life
    /// of the finder: for the questions the bot offers (curated and example questions), at start-up, before the finder
    /// is shared. Returns how many are pinned.
    /// </summary>
    public int Pin(IEnumerable<string> questions)
    {
        var texts = questions.Distinct(StringComparer.Ordinal).ToArray();
        var decisions = new Decision[texts.Length];
        Parallel.For(0, texts.Length, i => decisions[i] = Decide(texts[i]));
        _pinned = _pinned.Concat(texts.Select((text, i) => KeyValuePair.Create(text, decisions[i])))
            .DistinctBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);
        return _pinned.Count;
    }

    private Decision DecideUncached(string question)
    {
        var message = reader.Read(question);
        return Decide(message.Corrected, message.Vectors?.Whole);
    }

    /// <summary>
    /// The decision on an already corrected text with its sentence vector (one part of a message, or a message read in
    /// context).
    /// </summary>
    public Decision Decide(string corrected, float[]? vector)
    {
        // Without the sentence model (the lexical decision), vectors are not read even when the triage has them.
        var semantic = model.Topic is not null ? vector : null;
        return Judge(retriever.Retrieve(corrected, semantic), semantic is null ? null : model.Topic!.Probabilities(semantic, corrected));
    }

    /// <summary>Orders the candidates by the model's probability and applies the cuts.</summary>
    public Decision Judge(RetrievalResult candidates, IReadOnlyDictionary<string, double>? topic)
    {
        if (candidates.Hits.Count == 0)
        {
            return Decision.NotCovered("no passage matches", candidates);
        }

        var rows = CandidateSignals.Compute(candidates.Hits, candidates.Question, topic);
        var scored = new ScoredPassage[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            scored[i] = candidates.Hits[i] with { Probability = model.Probability(rows[i]) };
        }

        // Stable: equal probabilities keep candidate order (BM25's first).
        var ranked = scored.OrderByDescending(h => h.Probability).ToArray();
        var result = candidates with { Hits = ranked, Confidence = ranked[0].Probability };
        var p = result.Confidence;
        return p >= model.AnswerThreshold
            ? new Decision(Outcome.Answer, result, Describe($"p {p:F3} >= answer cut {model.AnswerThreshold:F3}"))
            : p >= model.ClarifyThreshold
                ? new Decision(Outcome.Clarify, result, Describe($"p {p:F3} in [clarify cut {model.ClarifyThreshold:F3}, answer cut {model.AnswerThreshold:F3})"))
                : Decision.NotCovered(Describe($"p {p:F3} < clarify cut {model.ClarifyThreshold:F3}"), result);
    }

    private static string Describe(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The retrieval that answers <paramref name="question"/>, or null when the corpus does not answer it outright.</summary>
    public RetrievalResult? Find(string question) => Decide(question) is { Outcome: Outcome.Answer } d ? d.Result : null;

    /// <summary>What the question says once text-speak and misspellings are rewritten.</summary>
    public string Correct(string question) => reader.Corrector.Correct(question);

    /// <summary>
    /// The passage a plain question (no emergency, advice or small talk) is answered with, or null. For questions the
    /// bot itself offers, which must lead to an answer when clicked: one the triage model is unsure of still does, after
    /// a safety note.
    /// </summary>
    public ScoredPassage? AnsweringPassage(string question) =>
        triage.Classify(question) is { Kind: TriageKind.None } or { Kind: TriageKind.Emergency, Confident: false, Otherwise: null or { Kind: TriageKind.None } }
            ? Find(question)?.Best
            : null;
}
