namespace MbcBot.Answering.Safety;

/// <summary>
/// The fixed reply texts for triaged messages: plain Markdown, short, about grade 6–8 reading level, no sources cited.
/// Every emergency text names the action first (911, or 988 for a crisis) and the care team; every advice text names
/// the care team. The small-talk texts hold no example questions: the caller appends those from the corpus.
/// </summary>
public static class SafetyMessages
{
    private const string CallNow =
        "**Call 911 now**, or call your care team's urgent line right away. Don't wait for an answer here.";

    private const string NotAChecker = "I can't check symptoms. I can only share general information.";

    private const string OtherNumbers =
        "For thoughts of suicide or self-harm, **call or text 988**. If someone took too much of a medicine, " +
        "**call Poison Control at 1-800-222-1222**.";

    /// <summary>
    /// The escalation when the category is unknown (a check failed and triage failed closed, or the model is unsure which
    /// emergency it is): every number.
    /// </summary>
    public const string EmergencyGeneral =
        "**If this is an emergency, call 911 now.** If you or someone with you has a new or serious symptom, " +
        "call your care team's urgent line right away. " + OtherNumbers + "\n\n" + NotAChecker;

    /// <summary>
    /// The note before an answer when only the triage model, unsure, read the message as an emergency: the numbers
    /// first, then the answer the message asked for.
    /// </summary>
    public static string SafetyNote(string? category) =>
        "**If this is happening now, call 911** or your care team's urgent line. " + category switch
        {
            TriageCategories.Crisis => "For thoughts of suicide or self-harm, **call or text 988**.",
            TriageCategories.Overdose => "If someone took too much of a medicine, **call Poison Control at 1-800-222-1222**.",
            TriageCategories.Fever => "A fever during treatment needs a call to your care team now.",
            null => OtherNumbers,
            _ => "I can't check symptoms.",
        };

    /// <summary>Suicidal thoughts or self-harm: 988 first, 911 if in immediate danger, then the care team.</summary>
    public const string EmergencyCrisis =
        "I'm really sorry you're going through this. You don't have to face it alone.\n\n" +
        "- **Call or text 988** (Suicide & Crisis Lifeline). It's free and open 24/7.\n" +
        "- **If you are in immediate danger, call 911.**\n" +
        "- Please also tell your care team how you are feeling. They can help.";

    /// <summary>Too much of a medicine taken or given: 911 first, Poison Control for advice (US, free, 24/7).</summary>
    public const string EmergencyOverdose =
        "**Call 911 now** if the person is very sleepy, hard to wake, breathing slowly, or having a seizure. " +
        "Otherwise **call Poison Control at 1-800-222-1222** right away (free, 24/7). Have the medicine box or bottle with you.\n\n" +
        "If the medicine was taken on purpose, or you are thinking of harming yourself, **call or text 988**.";

    /// <summary>The reply to a message in a language MbcBot does not answer in: English, then Spanish.</summary>
    public const string NonEnglish =
        "I can only answer in English. **If this is an emergency, call 911 now.**\n\n" +
        "Solo puedo responder en inglés. **Si es una emergencia, llame al 911 ahora.**";

    /// <summary>Advice about one person's treatment, results or prognosis.</summary>
    public const string Advice =
        "I can't give advice about one person's treatment, medicines, test results or outlook. " +
        "Please ask your care team, such as your oncologist or oncology nurse. They know your health and can help you decide.\n\n" +
        "I can share general information about metastatic breast cancer if that helps.";

    public const string Greeting = "Hello! I share general information about metastatic breast cancer from trusted sources.";

    public const string Thanks = "You're welcome. I'm glad I could help.";

    public const string Help =
        "I answer general questions about metastatic breast cancer, using trusted sources. " +
        "I can't give medical advice or read your results. Your care team can. If something feels urgent, call 911.";

    public const string Goodbye = "Take care. You can come back any time with more questions.";

    /// <summary>The escalation text for an emergency <paramref name="category"/> (a <see cref="TriageCategories"/> value).</summary>
    /// <returns>A category-specific text, or <see cref="EmergencyGeneral"/> for null or an unknown category.</returns>
    public static string Emergency(string? category) => category switch
    {
        TriageCategories.Crisis => EmergencyCrisis,
        TriageCategories.Fever =>
            "**Call your care team's urgent line right away.** A fever during cancer treatment can mean a serious infection " +
            "that needs treatment fast. If you can't reach them, or you feel very unwell, **call 911** or go to the emergency room.\n\n" +
            NotAChecker,
        TriageCategories.SpinalCordCompression => Urgent(
            "Back or neck pain with numbness, weakness, trouble walking, or loss of bladder or bowel control can be signs of " +
            "spinal cord compression. It needs urgent treatment."),
        TriageCategories.Seizure => Urgent("A seizure needs to be checked by a doctor right away."),
        TriageCategories.Breathing => Urgent(
            "Sudden trouble breathing can be a sign of a blood clot in the lungs or another serious problem."),
        TriageCategories.ChestPain => Urgent(
            "Chest pain can be a sign of a blood clot in the lungs or a heart problem."),
        TriageCategories.Bleeding => Urgent("Coughing up or vomiting blood, or bleeding that won't stop, needs urgent care."),
        TriageCategories.Collapse => Urgent("Collapsing, passing out or not waking up normally needs emergency care."),
        TriageCategories.Overdose => EmergencyOverdose,
        TriageCategories.Unresponsive =>
            "**Call 911 now.** If the person is not breathing or not responding, the 911 dispatcher will tell you what to do, " +
            "including CPR, until help arrives.\n\n" + NotAChecker,
        TriageCategories.HeadInjury => Urgent(
            "A knock to the head with drowsiness, vomiting or confusion, or while on blood thinners or with low platelets, " +
            "can mean bleeding inside the head."),
        TriageCategories.SuddenHeadache => Urgent(
            "A sudden, severe headache, or a headache with vomiting, a stiff neck, confusion or loss of vision, needs to be checked now."),
        TriageCategories.Confusion => Urgent(
            "Sudden confusion or unusual drowsiness can be caused by infection, high calcium, medicines or the brain, and needs urgent care."),
        TriageCategories.AllergicReaction => Urgent(
            "Swelling of the face, lips, tongue or throat, hives, or trouble breathing, especially during an infusion, " +
            "can be a severe allergic reaction. If you are at the infusion centre, tell a nurse now."),
        TriageCategories.Stroke => Urgent(
            "A drooping face, slurred speech, or weakness on one side can be signs of a stroke. Every minute counts."),
        _ => EmergencyGeneral,
    };

    /// <summary>The short reply for a small-talk <paramref name="category"/>; <see cref="Greeting"/> when unknown.</summary>
    public static string SmallTalk(string? category) => category switch
    {
        TriageCategories.Thanks => Thanks,
        TriageCategories.Help => Help,
        TriageCategories.Goodbye => Goodbye,
        TriageCategories.NonEnglish => NonEnglish,
        _ => Greeting,
    };

    private static string Urgent(string why) => CallNow + " " + why + "\n\n" + NotAChecker;
}
