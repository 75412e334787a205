namespace MbcBot.Answering.Safety;

/// <summary>The verdict of <see cref="ITriage.Classify"/>.</summary>
/// <param name="Kind">What the message is.</param>
/// <param name="Category">
/// A <see cref="TriageCategories"/> value refining <paramref name="Kind"/> (e.g. "breathing", "crisis", "greeting"),
/// or null when there is none (always null for <see cref="TriageKind.None"/>; null for a fail-closed emergency).
/// </param>
/// <param name="Reason">
/// Why, for logs and tests, e.g. "breathing: personal statement". Never contains any of the user's text, so it is safe to log.
/// </param>
public sealed record TriageResult(TriageKind Kind, string? Category, string? Reason)
{
    /// <summary>
    /// For an emergency: true when a rule saw it or the triage model is sure (the escalation replaces the answer); false
    /// when only the model saw it, below its confident cut (the answer follows a safety note).
    /// </summary>
    public bool Confident { get; init; } = true;

    /// <summary>
    /// For an unsure emergency (<see cref="Confident"/> false): the verdict the message gets after the safety note,
    /// what the rules said (advice, another language) or the model's advice; <see cref="None"/> when nothing else.
    /// </summary>
    public TriageResult? Otherwise { get; init; }

    /// <summary>The verdict for an ordinary question.</summary>
    public static TriageResult None { get; } = new(TriageKind.None, null, null);
}
