namespace MbcBot.Answering.Options;

/// <summary>The "Safety" section of appsettings.json. The red flags themselves are data: corpus/red-flags.json.</summary>
public sealed class SafetyOptions
{
    public const string SectionName = "Safety";

    /// <summary>
    /// Whether the semantic net (sentence embeddings against red-flag exemplars) runs besides the rules. Default true.
    /// Off, the triage is rules only: about a microsecond-scale check instead of one ~10 ms embedding per message,
    /// and no model loaded (~1 s, ~90 MB).
    /// </summary>
    public bool SemanticNet { get; set; } = true;
}
