namespace MbcBot.Answering.Options;

/// <summary>The "Safety" section of appsettings.json. The red flags themselves are data: corpus/red-flags.json.</summary>
public sealed class SafetyOptions
{
    public const string SectionName = "Safety";

    /// <summary>
    /// Whether the fitted triage model (models/triage.json, docs/safety.md) runs beside the rules. Default true. Off,
    /// the triage is rules only, and the sentence model is not loaded for safety (it still is for answers unless
    /// <c>Retrieval:UseSemanticModel</c> is off too).
    /// </summary>
    public bool Classifier { get; set; } = true;
}
