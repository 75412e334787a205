namespace MbcBot.Answering.Safety;

/// <summary>
/// The semantic net's exemplars and calibrated thresholds (<c>corpus/red-flags.json</c>, "semantic"; how they were
/// measured: docs/safety.md).
/// </summary>
/// <param name="Threshold">Least cosine similarity to a red-flag exemplar that can escalate.</param>
/// <param name="Margin">How much closer than the nearest general-question exemplar the message must be.</param>
/// <param name="Exemplars">First-person, present-tense reports, each with its category.</param>
/// <param name="General">General, negated and past-event messages about the same symptoms: what must NOT escalate.</param>
internal sealed record SemanticSettings(
    double Threshold,
    double Margin,
    IReadOnlyList<(string Category, string Text)> Exemplars,
    IReadOnlyList<string> General);
