namespace MbcBot.Answering.Safety;

/// <summary>How an emergency pattern behaves at the boundary (see <see cref="MentionJudge"/>).</summary>
internal enum MentionKind
{
    /// <summary>A described symptom ("can't breathe", "vomiting blood"): alone in a message it counts as a report.</summary>
    Symptom,

    /// <summary>A bare condition name ("stroke", "seizures"): alone it is a lookup, a report only with an urgency word ("seizure help!").</summary>
    Condition,

    /// <summary>Suicidal thoughts or self-harm: like a symptom, but "if"/"what if" framing never downgrades it.</summary>
    Crisis,
}
