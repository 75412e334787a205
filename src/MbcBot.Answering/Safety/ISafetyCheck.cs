namespace MbcBot.Answering.Safety;

/// <summary>
/// One family of triage rules. A check sees the normalised text (<see cref="SafetyText.Normalize"/>) and returns its
/// verdict, or <see cref="TriageResult.None"/>. Checks are stateless and thread-safe; <see cref="SafetyTriage"/> runs
/// all of them and decides by priority.
/// </summary>
internal interface ISafetyCheck
{
    /// <summary>The kind this check can return; also what a failure of the check is treated as (see <see cref="SafetyTriage"/>).</summary>
    TriageKind Kind { get; }

    /// <summary>Classifies lower-case normalised text. May throw (e.g. a regex timeout); the triage handles it.</summary>
    TriageResult Check(string normalized);
}
