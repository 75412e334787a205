namespace MbcBot.Answering.Safety;

/// <summary>The outcome of triage. When several checks match, the priority is Emergency &gt; Advice &gt; SmallTalk &gt; None.</summary>
public enum TriageKind
{
    /// <summary>An ordinary question: go on to retrieval.</summary>
    None,

    /// <summary>
    /// A red flag happening now to the user or someone with them: reply with <see cref="SafetyMessages.Emergency"/>. When
    /// only the triage model saw it, and below its confident cut (<see cref="TriageResult.Confident"/> false), the reply
    /// is the answer with <see cref="SafetyMessages.SafetyNote"/> first.
    /// </summary>
    Emergency,

    /// <summary>A request for advice about one person's treatment, results or prognosis: reply with <see cref="SafetyMessages.Advice"/>.</summary>
    Advice,

    /// <summary>The message is in a language MbcBot does not answer in (<see cref="TriageCategories.NonEnglish"/>).</summary>
    SmallTalk,
}
