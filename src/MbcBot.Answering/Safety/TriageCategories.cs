namespace MbcBot.Answering.Safety;

/// <summary>The values of <see cref="TriageResult.Category"/>. Stable strings: callers and logs may rely on them.</summary>
public static class TriageCategories
{
    // Emergency (product-anchors §3.4).
    public const string SpinalCordCompression = "spinal-cord-compression";
    public const string Seizure = "seizure";
    public const string Breathing = "breathing";
    public const string ChestPain = "chest-pain";
    public const string Fever = "fever";
    public const string Bleeding = "bleeding";
    public const string Stroke = "stroke";
    public const string Crisis = "crisis";
    public const string Collapse = "collapse";
    public const string Overdose = "overdose";
    public const string HeadInjury = "head-injury";
    public const string SuddenHeadache = "sudden-headache";
    public const string Confusion = "confusion";
    public const string Unresponsive = "unresponsive";
    public const string AllergicReaction = "allergic-reaction";

    // Advice.
    public const string Medication = "medication";
    public const string Results = "results";
    public const string Prognosis = "prognosis";
    public const string TreatmentChoice = "treatment-choice";

    // Small talk.
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Help = "help";
    public const string Goodbye = "goodbye";

    /// <summary>The message is in a language MbcBot does not answer in (and names no red flag it knows).</summary>
    public const string NonEnglish = "non-english";
}
