using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The triage the answer service calls before retrieval. Steps:
/// 1. Normalise the raw text once (<see cref="SafetyText"/>) and respell its red-flag words
///    (<see cref="RedFlagSpelling"/>): safety never depends on a general corrector.
/// 2. Run every check on it: emergency rules, personal advice, small talk, other languages. With an
///    <see cref="ITextCorrector"/>, the emergency and advice rules also run on the corrected text: the corrector can add
///    an escalation, never remove one (the raw reading always counts).
/// 3. When the rules found nothing (or small talk), the semantic net (<see cref="SemanticRedFlags"/>, optional) compares
///    the message with red-flag exemplars; it escalates unless the message is clearly a general question (no person, no
///    "now") or the rules saw the red flag and read it as negated or past.
/// 4. Decide by priority: Emergency &gt; Advice &gt; SmallTalk &gt; None.
/// <para>
/// Fail closed. If normalisation, an emergency rule (e.g. a regex timeout) or the semantic net throws, the message is
/// treated as an <see cref="TriageKind.Emergency"/> with a null category, which yields
/// <see cref="SafetyMessages.EmergencyGeneral"/> ("if this is an emergency, call 911 ..."): an exception must never
/// hide a real emergency, and a false alarm costs one conditional escalation message. If the advice check throws, the
/// message is treated as <see cref="TriageKind.Advice"/> (a referral to the care team is always safe). If the
/// small-talk check throws, it counts as no match. Every failure is reported to the optional callback with names only
/// (<see cref="SafetyCheckFailure"/>), and every emergency verdict to the escalation callback: category and reason,
/// never the text. A throwing callback is ignored.
/// </para>
/// Immutable and thread-safe: register as a singleton. The regexes compile on first use of the type.
/// </summary>
public sealed class SafetyTriage : ITriage
{
    private static readonly IReadOnlyList<ISafetyCheck> DefaultChecks =
        [new EmergencyCheck(), new AdviceCheck(), new SmallTalkCheck(), new OtherLanguageCheck()];

    private readonly IReadOnlyList<ISafetyCheck> _checks;

    /// <summary>Indexes into <see cref="_checks"/> of the rules that also read the corrected text: emergency and advice.</summary>
    private readonly int[] _correctedChecks;
    private readonly ITextCorrector? _corrector;
    private readonly SemanticRedFlags? _semantic;
    private readonly Action<SafetyCheckFailure>? _onCheckFailed;
    private readonly Action<TriageResult>? _onEscalation;

    /// <summary>The rules only, failures not reported.</summary>
    public SafetyTriage() : this(null) { }

    /// <summary>The rules only; <paramref name="onCheckFailed"/> hears about failures (e.g. to log a warning).</summary>
    public SafetyTriage(Action<SafetyCheckFailure>? onCheckFailed) : this(null, null, onCheckFailed, null) { }

    /// <param name="corrector">Spelling and text-speak correction; the rules also run on its output. Null: none.</param>
    /// <param name="semantic">The semantic net. Null: rules only.</param>
    /// <param name="onCheckFailed">Hears about every check that threw (names only).</param>
    /// <param name="onEscalation">Hears about every emergency verdict (category and reason, no text).</param>
    public SafetyTriage(
        ITextCorrector? corrector,
        SemanticRedFlags? semantic,
        Action<SafetyCheckFailure>? onCheckFailed,
        Action<TriageResult>? onEscalation)
        : this(DefaultChecks, corrector, semantic, onCheckFailed, onEscalation) { }

    internal SafetyTriage(IEnumerable<ISafetyCheck> checks, Action<SafetyCheckFailure>? onCheckFailed)
        : this(checks, null, null, onCheckFailed, null) { }

    internal SafetyTriage(
        IEnumerable<ISafetyCheck> checks,
        ITextCorrector? corrector,
        SemanticRedFlags? semantic,
        Action<SafetyCheckFailure>? onCheckFailed,
        Action<TriageResult>? onEscalation)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = [.. checks];
        _correctedChecks = [.. Enumerable.Range(0, _checks.Count)
            .Where(i => _checks[i].Kind is TriageKind.Emergency or TriageKind.Advice && _checks[i] is not OtherLanguageCheck)];
        _corrector = corrector;
        _semantic = semantic;
        _onCheckFailed = onCheckFailed;
        _onEscalation = onEscalation;
    }

    public TriageResult Classify(string text)
    {
        var verdict = Decide(text, explanation: null);
        if (verdict.Kind == TriageKind.Emergency) Notify(_onEscalation, verdict);
        return verdict;
    }

    /// <summary>
    /// Why <paramref name="text"/> gets its verdict, for <c>ask --explain</c>: the verdict, the rule or exemplar that
    /// decided, the semantic net's nearest exemplar and similarities. Holds no user text (only our rule ids and exemplars).
    /// </summary>
    public string Explain(string text)
    {
        var lines = new List<string>();
        var verdict = Decide(text, lines);
        lines.Insert(0, $"triage: {verdict.Kind} {verdict.Category ?? "-"} ({verdict.Reason ?? "no rule fired"})");
        return string.Join(Environment.NewLine, lines);
    }

    private TriageResult Decide(string text, List<string>? explanation)
    {
        string normalized;
        string spelled;
        try
        {
            normalized = SafetyText.Normalize(text);
            (spelled, var changed) = RedFlagTable.Default.Spelling.Fix(normalized);
            if (changed > 0) explanation?.Add($"red-flag spelling: {changed} word(s) respelled");
        }
        catch (Exception ex)
        {
            return Failed(nameof(SafetyText), ex, TriageKind.Emergency);
        }

        var best = TriageResult.None;

        // What each check said about the respelled text (null: it read the typed text, or it threw), so the corrected
        // reading need not ask again when it is the same text.
        var onSpelled = new TriageResult?[_checks.Count];
        for (var i = 0; i < _checks.Count; i++)
        {
            // Small talk and language are judged on what was typed; the rules on the respelled text.
            var check = _checks[i];
            var readsTyped = check is SmallTalkCheck or OtherLanguageCheck;
            var result = Run(check, readsTyped ? normalized : spelled, out var completed);
            if (completed && !readsTyped) onSpelled[i] = result;
            best = Better(best, result);
        }

        if (best.Kind != TriageKind.Emergency && _corrector is not null)
        {
            best = Better(best, RunCorrected(text, spelled, onSpelled, explanation));
        }

        // The semantic net is for wordings the rules do not know. It does not overrule a rule verdict of advice (a
        // question about one person's treatment) or another language (the model reads English only), nor a red flag
        // the rules saw and read as negated or past: sentence embeddings do not read negation.
        if (best.Kind is TriageKind.None or TriageKind.SmallTalk && _semantic is not null && best.Category != TriageCategories.NonEnglish)
        {
            best = Better(best, RunSemantic(spelled, explanation));
        }

        return best;
    }

    /// <param name="spelled">The respelled raw text, which the checks have read.</param>
    /// <param name="onSpelled">Each check's verdict on <paramref name="spelled"/>, null where it has none.</param>
    private TriageResult RunCorrected(string text, string spelled, TriageResult?[] onSpelled, List<string>? explanation)
    {
        string corrected;
        try
        {
            // Nothing corrected (the corrector returns its input): normalising and respelling give the raw reading again.
            var correctedText = _corrector!.Correct(text);
            corrected = string.Equals(correctedText, text, StringComparison.Ordinal)
                ? spelled
                : RedFlagTable.Default.Spelling.Fix(SafetyText.Normalize(correctedText)).Text;
        }
        catch (Exception ex)
        {
            // The corrector is a convenience for the rules; the raw reading already ran.
            Failed(nameof(ITextCorrector), ex, TriageKind.None);
            return TriageResult.None;
        }

        // The checks are pure functions of their input: on the same text, the verdict they already gave stands. A check
        // that threw on it is asked again, as before, so its failure is reported and closed the same way.
        var same = string.Equals(corrected, spelled, StringComparison.Ordinal);
        var best = TriageResult.None;
        foreach (var i in _correctedChecks)
        {
            best = Better(best, same && onSpelled[i] is { } verdict ? verdict : Run(_checks[i], corrected, out _));
        }

        if (best.Kind != TriageKind.None) explanation?.Add($"corrected text: {best.Kind} {best.Category} ({best.Reason})");
        return best.Kind == TriageKind.None ? best : best with { Reason = best.Reason + " (on the corrected text)" };
    }

    private TriageResult RunSemantic(string spelled, List<string>? explanation)
    {
        try
        {
            var verdict = _semantic!.Assess(spelled);
            explanation?.Add(verdict.Describe());
            if (!verdict.Fires) return TriageResult.None;
            if (_checks.OfType<EmergencyCheck>().Any(c => c.HasDeniedMention(spelled)))
            {
                explanation?.Add("semantic net overruled: the rules read this red flag as negated or in the past");
                return TriageResult.None;
            }

            if (GeneralQuestion.IsClearlyGeneral(spelled))
            {
                explanation?.Add("semantic net overruled: the message is a general question (no person, nothing happening now)");
                return TriageResult.None;
            }

            return new TriageResult(TriageKind.Emergency, verdict.Category,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"semantic: {verdict.Category} exemplar #{verdict.Exemplar}, cos {verdict.Similarity:F3} vs general {verdict.General:F3}"));
        }
        catch (Exception ex)
        {
            return Failed(nameof(SemanticRedFlags), ex, TriageKind.Emergency);
        }
    }

    /// <param name="completed">False when the check threw (the result is then its fail-closed verdict).</param>
    private TriageResult Run(ISafetyCheck check, string input, out bool completed)
    {
        try
        {
            var result = check.Check(input);
            completed = true;
            return result;
        }
        catch (Exception ex)
        {
            completed = false;
            var closedAs = check.Kind is TriageKind.Emergency or TriageKind.Advice ? check.Kind : TriageKind.None;
            return Failed(check.GetType().Name, ex, closedAs);
        }
    }

    private static TriageResult Better(TriageResult current, TriageResult candidate) =>
        Rank(candidate.Kind) < Rank(current.Kind) ? candidate : current;

    /// <summary>Lower is more urgent.</summary>
    private static int Rank(TriageKind kind) => kind switch
    {
        TriageKind.Emergency => 0,
        TriageKind.Advice => 1,
        TriageKind.SmallTalk => 2,
        _ => 3,
    };

    private TriageResult Failed(string checkName, Exception ex, TriageKind closedAs)
    {
        Notify(_onCheckFailed, new SafetyCheckFailure(checkName, ex.GetType().Name, closedAs));
        return closedAs == TriageKind.None
            ? TriageResult.None
            : new TriageResult(closedAs, null, $"{checkName} failed ({ex.GetType().Name}); failed closed");
    }

    private static void Notify<T>(Action<T>? observer, T value)
    {
        try
        {
            observer?.Invoke(value);
        }
        catch (Exception)
        {
            // A failing observer must not change the verdict.
        }
    }
}
