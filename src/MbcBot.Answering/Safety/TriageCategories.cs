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

    /// <summary>Every emergency category, in the order the replies and the models list them.</summary>
    public static readonly IReadOnlyList<string> Emergencies =
    [
        SpinalCordCompression, Seizure, Breathing, ChestPain, Fever, Bleeding, Stroke, SuddenHeadache, Confusion,
        HeadInjury, Unresponsive, Collapse, AllergicReaction, Overdose, Crisis,
    ];

    // Advice.
    public const string Medication = "medication";
    public const string Results = "results";
    public const string Prognosis = "prognosis";
    public const string TreatmentChoice = "treatment-choice";

    /// <summary>Advice the triage model recognised where no advice rule fired.</summary>
    public const string PersonalAdvice = "personal-advice";

    // Small talk.
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Help = "help";
    public const string Goodbye = "goodbye";

    /// <summary>A question about the bot itself and its limits.</summary>
    public const string Identity = "identity";

    /// <summary>"That didn't help": an apology, and negative feedback on the answer.</summary>
    public const string NotHelped = "not-helped";

    /// <summary>A reply that begins with a safety note (the triage model, unsure, read an emergency) before the answer.</summary>
    public const string SafetyNote = "safety-note";

    /// <summary>A message about something other than health: not covered, and never read with the previous topic.</summary>
    public const string OffTopic = "off-topic";

    /// <summary>The message is in a language MbcBot does not answer in (and names no red flag it knows).</summary>
    public const string NonEnglish = "non-english";
}
