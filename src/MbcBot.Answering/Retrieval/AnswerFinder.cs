using System.Collections.Frozen;
using MbcBot.Answering.Caching;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The one rule for "the corpus answers this question", with three outcomes (<see cref="Decision"/>). In order:
/// <list type="number">
/// <item>the question is read as meant (<see cref="ITextCorrector"/>: text-speak, misspellings);</item>
/// <item>another cancer with no word of breast cancer (<see cref="CorpusScope"/>), or a word of a kind the pages never
/// cover (<see cref="UncoveredTopics"/>: prices, one drug's name, directions) → not covered;</item>
/// <item>with the semantic model, a question closer to an example of an uncovered kind than to every passage, by at
/// least <c>UncoveredMargin</c>, or one whose best passage is below <c>MinSemantic</c>, → not covered (near-topic
/// questions share words with passages, so no score cut alone separates them);</item>
/// <item>otherwise by confidence: ≥ answer cut → answer; ≥ clarify cut → did you mean; below → not covered.</item>
/// </list>
/// The answer service, the start-up check of follow-up questions and the check of the example questions all ask here,
/// so what is offered and what is answered cannot drift apart.
/// </summary>
internal sealed class AnswerFinder(
    ITriage triage,
    ITextCorrector corrector,
    PassageRetriever retriever,
    DecisionThresholds thresholds,
    UncoveredTopics uncovered,
    int cacheSize = AnswerFinder.DefaultCacheSize)
{
    /// <summary>Decisions remembered by default; a decision holds up to ~20 scored hits, about 1 KB.</summary>
    public const int DefaultCacheSize = 10_000;

    // A decision depends on the text alone (no conversation state), so a repeated question is a lookup. A text is kept
    // from its second time (most typed questions come once; see LruCache's admitOnRepeat); the questions the bot
    // offers are pinned at start-up, so a clicked suggestion is always a lookup.
    private readonly LruCache<string, Decision> _decisions = new(cacheSize, StringComparer.Ordinal, admitOnRepeat: true);
    private FrozenDictionary<string, Decision> _pinned = FrozenDictionary<string, Decision>.Empty;

    /// <summary>Lexical-only thresholds with no uncovered kinds: for tests of retrieval and follow-ups.</summary>
    public AnswerFinder(ITriage triage, ITextCorrector corrector, PassageRetriever retriever, double minConfidence)
        : this(triage, corrector, retriever, new DecisionThresholds(minConfidence, minConfidence, 1, null), UncoveredTopics.None)
    {
    }

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
        question = corrector.Correct(question);
        if (CorpusScope.IsOutside(question))
        {
            return Decision.NotCovered("another cancer, not breast cancer");
        }

        if (uncovered.KindNamedIn(question) is { } kind)
        {
            return Decision.NotCovered($"names a kind the pages do not cover: {kind}");
        }

        var result = retriever.Retrieve(question);
        if (result.Best is not { } best)
        {
            return Decision.NotCovered("no passage matches", result);
        }

        if (thresholds.MinSemantic is { } floor && best.Semantic < floor)
        {
            return Decision.NotCovered($"no passage means anything like it (semantic {best.Semantic:F3} < {floor:F3})", result);
        }

        if (result.Uncovered is { } near && near.Similarity - best.Semantic >= thresholds.UncoveredMargin)
        {
            return Decision.NotCovered(
                $"closer to uncovered kind '{near.Example.Kind}' ({near.Similarity:F3}) than to any passage ({best.Semantic:F3})", result);
        }

        return result.Confidence >= thresholds.Answer
            ? new Decision(Outcome.Answer, result, $"confidence {result.Confidence:F3} >= {thresholds.Answer:F3}")
            : result.Confidence >= thresholds.Clarify
                ? new Decision(Outcome.Clarify, result, $"confidence {result.Confidence:F3} in [{thresholds.Clarify:F3}, {thresholds.Answer:F3})")
                : Decision.NotCovered($"confidence {result.Confidence:F3} < {thresholds.Clarify:F3}", result);
    }

    /// <summary>The retrieval that answers <paramref name="question"/>, or null when the corpus does not answer it outright.</summary>
    public RetrievalResult? Find(string question) => Decide(question) is { Outcome: Outcome.Answer } d ? d.Result : null;

    /// <summary>What the question says once text-speak and misspellings are rewritten.</summary>
    public string Correct(string question) => corrector.Correct(question);

    /// <summary>
    /// The passage a plain question (no emergency, advice or small talk) is answered with, or null. For questions the
    /// bot itself offers, which must lead to an answer when clicked.
    /// </summary>
    public ScoredPassage? AnsweringPassage(string question) =>
        triage.Classify(question).Kind == TriageKind.None ? Find(question)?.Best : null;
}

/// <summary>The cuts of <see cref="AnswerFinder"/>.</summary>
/// <param name="Answer">Confidence at or above which the best passage is the answer.</param>
/// <param name="Clarify">Confidence at or above which (and below <paramref name="Answer"/>) the bot asks "did you mean".</param>
/// <param name="UncoveredMargin">How much closer to an uncovered kind than to any passage makes a question not covered.</param>
/// <param name="MinSemantic">With the model: the best passage's cosine below which nothing in the corpus means anything like
/// the question (not covered, whatever words it shares); null without the model.</param>
internal sealed record DecisionThresholds(double Answer, double Clarify, double UncoveredMargin, double? MinSemantic);
