namespace MbcBot.Answering.Safety;

/// <summary>
/// The triage the answer service calls before retrieval. Normalises the raw text once (<see cref="SafetyText"/>), runs
/// every check, and decides by priority: Emergency &gt; Advice &gt; SmallTalk &gt; None.
/// <para>
/// Fail closed. If normalisation or the emergency check throws, the message is treated as an
/// <see cref="TriageKind.Emergency"/> with a null category, which yields <see cref="SafetyMessages.EmergencyGeneral"/>
/// ("if this is an emergency, call 911 ..."): an exception must never hide a real emergency, and a false alarm costs
/// one conditional escalation message. If the advice check throws, the message is treated as
/// <see cref="TriageKind.Advice"/> (a referral to the care team is always safe). If the small-talk check throws, it
/// counts as no match: small talk is a convenience, not a safety check. Every failure is reported to the optional
/// callback with names only (<see cref="SafetyCheckFailure"/>), never the text; a throwing callback is ignored.
/// </para>
/// Immutable and thread-safe: register as a singleton. The regexes compile on first use of the type.
/// </summary>
public sealed class SafetyTriage : ITriage
{
    private static readonly IReadOnlyList<ISafetyCheck> DefaultChecks =
        [new EmergencyCheck(), new AdviceCheck(), new SmallTalkCheck()];

    private readonly IReadOnlyList<ISafetyCheck> _checks;
    private readonly Action<SafetyCheckFailure>? _onCheckFailed;

    /// <summary>The standard checks, failures not reported.</summary>
    public SafetyTriage() : this(null) { }

    /// <summary>The standard checks; <paramref name="onCheckFailed"/> hears about failures (e.g. to log a warning).</summary>
    public SafetyTriage(Action<SafetyCheckFailure>? onCheckFailed) : this(DefaultChecks, onCheckFailed) { }

    internal SafetyTriage(IEnumerable<ISafetyCheck> checks, Action<SafetyCheckFailure>? onCheckFailed)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = [.. checks];
        _onCheckFailed = onCheckFailed;
    }

    public TriageResult Classify(string text)
    {
        string normalized;
        try
        {
            normalized = SafetyText.Normalize(text);
        }
        catch (Exception ex)
        {
            return Failed(nameof(SafetyText), ex, TriageKind.Emergency);
        }

        var best = TriageResult.None;
        foreach (var check in _checks)
        {
            TriageResult verdict;
            try
            {
                verdict = check.Check(normalized);
            }
            catch (Exception ex)
            {
                var closedAs = check.Kind is TriageKind.Emergency or TriageKind.Advice ? check.Kind : TriageKind.None;
                verdict = Failed(check.GetType().Name, ex, closedAs);
            }

            if (Rank(verdict.Kind) < Rank(best.Kind)) best = verdict;
        }

        return best;
    }

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
        try
        {
            _onCheckFailed?.Invoke(new SafetyCheckFailure(checkName, ex.GetType().Name, closedAs));
        }
        catch (Exception)
        {
            // A failing observer must not change the verdict.
        }

        return closedAs == TriageKind.None
            ? TriageResult.None
            : new TriageResult(closedAs, null, $"{checkName} failed ({ex.GetType().Name}); failed closed");
    }
}
