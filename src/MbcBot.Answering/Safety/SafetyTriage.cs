using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The triage the answer service calls before retrieval: the reviewed rules in union with a fitted classifier, so a
/// message escalates when either says so. Steps:
/// 1. Normalise the raw text once (<see cref="SafetyText"/>) and respell its red-flag words
///    (<see cref="RedFlagSpelling"/>): the rules never depend on a general corrector.
/// 2. Run every rule family on it: emergency rules, personal advice, other languages. With an
///    <see cref="ITextCorrector"/>, the emergency and advice rules also run on the corrected text: the corrector can add
///    an escalation, never remove one (the raw reading always counts).
/// 3. When the rules found no emergency, the triage model (<see cref="TriageModel"/>, optional) reads the message and
///    each of its sentences (<see cref="MessageReader"/>: one model run, shared with the answer path), with the rules'
///    findings (negated or past red flag, general question, person, time) as features. A part whose emergency
///    probability reaches the model's cut escalates; when the rules found nothing, the model's advice probability on the
///    whole message can defer it to the care team.
/// 4. Decide by priority: Emergency &gt; Advice &gt; SmallTalk (another language) &gt; None.
/// <para>
/// Fail closed. If normalisation, an emergency rule (e.g. a regex timeout) or the model throws, the message is treated
/// as an <see cref="TriageKind.Emergency"/> with a null category, which yields <see cref="SafetyMessages.EmergencyGeneral"/>
/// (911, 988 and Poison Control): an exception must never hide a real emergency, and a false alarm costs one conditional
/// escalation message. If the advice check throws, the message is treated as <see cref="TriageKind.Advice"/> (a
/// referral to the care team is always safe). Every failure is reported to the optional callback with names only
/// (<see cref="SafetyCheckFailure"/>), and every emergency verdict to the escalation callback: category and reason,
/// never the text. A throwing callback is ignored.
/// </para>
/// Immutable and thread-safe: register as a singleton.
/// </summary>
public sealed class SafetyTriage : ITriage
{
    private static readonly IReadOnlyList<ISafetyCheck> DefaultChecks =
        [new EmergencyCheck(), new AdviceCheck(), new OtherLanguageCheck()];

    private readonly IReadOnlyList<ISafetyCheck> _checks;

    /// <summary>Indexes into <see cref="_checks"/> of the rules that also read the corrected text: emergency and advice.</summary>
    private readonly int[] _correctedChecks;
    private readonly ITextCorrector? _corrector;
    private readonly TriageModel? _model;
    private readonly MessageReader? _reader;
    private readonly EmergencyCheck _emergency;
    private readonly Action<SafetyCheckFailure>? _onCheckFailed;
    private readonly Action<TriageResult>? _onEscalation;

    /// <summary>The rules only, failures not reported.</summary>
    public SafetyTriage() : this(null) { }

    /// <summary>The rules only; <paramref name="onCheckFailed"/> hears about failures (e.g. to log a warning).</summary>
    public SafetyTriage(Action<SafetyCheckFailure>? onCheckFailed) : this(null, null, null, onCheckFailed, null) { }

    /// <param name="corrector">Spelling and text-speak correction; the rules also run on its output. Null: none.</param>
    /// <param name="model">The fitted classifier. Null: rules only.</param>
    /// <param name="reader">Reads the message for the model (its vectors); required with a model that reads sentence vectors.</param>
    /// <param name="onCheckFailed">Hears about every check that threw (names only).</param>
    /// <param name="onEscalation">Hears about every emergency verdict (category and reason, no text).</param>
    public SafetyTriage(
        ITextCorrector? corrector,
        TriageModel? model,
        MessageReader? reader,
        Action<SafetyCheckFailure>? onCheckFailed,
        Action<TriageResult>? onEscalation)
        : this(DefaultChecks, corrector, model, reader, onCheckFailed, onEscalation) { }

    internal SafetyTriage(IEnumerable<ISafetyCheck> checks, Action<SafetyCheckFailure>? onCheckFailed)
        : this(checks, null, null, null, onCheckFailed, null) { }

    internal SafetyTriage(
        IEnumerable<ISafetyCheck> checks,
        ITextCorrector? corrector,
        TriageModel? model,
        MessageReader? reader,
        Action<SafetyCheckFailure>? onCheckFailed,
        Action<TriageResult>? onEscalation)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (model is { ReadsEmbedding: true } && reader?.Embedder is null)
            throw new ArgumentException("The triage model reads sentence vectors: give a reader with the sentence model.", nameof(reader));
        _checks = [.. checks];
        _correctedChecks = [.. Enumerable.Range(0, _checks.Count)
            .Where(i => _checks[i].Kind is TriageKind.Emergency or TriageKind.Advice && _checks[i] is not OtherLanguageCheck)];
        _corrector = corrector;
        _model = model;
        _reader = reader ?? (model is null ? null : new MessageReader(corrector ?? NoCorrection.Instance, null));
        _emergency = _checks.OfType<EmergencyCheck>().FirstOrDefault() ?? new EmergencyCheck();
        _onCheckFailed = onCheckFailed;
        _onEscalation = onEscalation;
    }

    /// <summary>The fitted classifier, or null for rules only.</summary>
    public TriageModel? Model => _model;

    public TriageResult Classify(string text)
    {
        var verdict = Decide(text, explanation: null);
        if (verdict.Kind == TriageKind.Emergency) Notify(_onEscalation, verdict);
        return verdict;
    }

    /// <summary>
    /// Why <paramref name="text"/> gets its verdict, for <c>ask --explain</c>: the verdict, the rule that fired, and for
    /// each part of the message the model's top classes with their probabilities and the cuts. Holds no user text
    /// (only our rule ids, class names and numbers).
    /// </summary>
    public string Explain(string text)
    {
        var lines = new List<string>();
        var verdict = Decide(text, lines);
        lines.Insert(0, $"triage: {verdict.Kind} {verdict.Category ?? "-"} ({verdict.Reason ?? "no rule fired, model below its cuts"})");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// The rules' verdict on <paramref name="text"/> (no model) and the signals the model reads with it: what
    /// <c>train</c> fits the model beside, so it measures the union the bot runs.
    /// </summary>
    internal (TriageResult Rules, float[] Signals) ReadRules(string text)
    {
        var spelled = RedFlagTable.Default.Spelling.Fix(SafetyText.Normalize(text)).Text;
        var rules = new SafetyTriage(_checks, _corrector, null, null, null, null).Decide(text, null);
        return (rules, TriageSignals.Compute(spelled, _emergency));
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
            // Language is judged on what was typed; the rules on the respelled text.
            var check = _checks[i];
            var readsTyped = check is OtherLanguageCheck;
            var result = Run(check, readsTyped ? normalized : spelled, out var completed);
            if (completed && !readsTyped) onSpelled[i] = result;
            best = Better(best, result);
        }

        if (best.Kind != TriageKind.Emergency && _corrector is not null)
        {
            best = Better(best, RunCorrected(text, spelled, onSpelled, explanation));
        }

        if (best.Kind != TriageKind.None) explanation?.Add($"rule: {best.Kind} {best.Category} ({best.Reason})");

        // The model is for wordings the rules do not know, another language's included (it was fitted on Spanish,
        // French and German examples too; failing closed, it is asked rather than trusting the rules' marker words). It
        // is asked even after a rule escalated when explaining, so the explanation shows both halves. A message with no
        // letter or digit (blank, only punctuation or emoji) is not asked: it would get the model's prior, above the cut.
        if (_model is not null && (best.Kind != TriageKind.Emergency || explanation is not null) && spelled.Any(char.IsLetterOrDigit))
        {
            var learned = RunModel(text, spelled, best, explanation);
            if (best.Kind != TriageKind.Emergency) best = Better(best, learned);
        }

        return best;
    }

    private TriageResult RunModel(string text, string spelled, TriageResult rules, List<string>? explanation)
    {
        try
        {
            var message = _reader!.Read(text);
            var signals = TriageSignals.Compute(spelled, _emergency);
            var assessment = _model!.Assess(message.Units, signals);
            explanation?.AddRange(Describe(assessment));
            var advice = rules.Kind == TriageKind.None && assessment.Advice
                ? new TriageResult(TriageKind.Advice, TriageCategories.PersonalAdvice,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"model: p(advice) {assessment.Units[0].Advice:F3} >= {_model.AdviceThreshold:F3}"))
                : null;
            if (assessment.Emergency)
            {
                var top = assessment.Categories.Count > 0 ? assessment.Categories[0] : ("-", 0);
                return new TriageResult(TriageKind.Emergency, assessment.Category,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"model: p(emergency) {assessment.Strongest.Emergency:F3} >= {_model.EmergencyThreshold:F3} ({(assessment.Confident ? "confident" : "unsure: a safety note before the answer")}); category {top.Item1} {top.Item2:F2}"))
                {
                    Confident = assessment.Confident,
                    Otherwise = assessment.Confident ? null : advice ?? rules,
                };
            }

            return advice ?? TriageResult.None;
        }
        catch (Exception ex)
        {
            return Failed(nameof(TriageModel), ex, TriageKind.Emergency);
        }
    }

    private static IEnumerable<string> Describe(TriageAssessment assessment)
    {
        var model = assessment.Model;
        yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"model cuts: emergency {model.EmergencyThreshold:F3} (a safety note), confident {model.ConfidentThreshold:F3} (the escalation alone), advice {model.AdviceThreshold:F3}, category {model.CategoryThreshold:F2}; the whole message decides");
        for (var u = 0; u < assessment.Units.Count; u++)
        {
            var unit = assessment.Units[u];
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  {(u == 0 ? "whole  " : $"part {u,-2}")} p(emergency) {unit.Emergency:F3}  p(advice) {unit.Advice:F3}  p(ordinary) {1 - unit.Emergency - unit.Advice:F3}{(u == assessment.Firing ? "  <- strongest" : "")}");
        }

        var categories = string.Join(", ", assessment.Categories.Take(3).Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Category} {c.P:F3}")));
        yield return $"  categories of the strongest part: {(categories.Length == 0 ? "(no category model)" : categories)}";
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
