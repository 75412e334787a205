namespace MbcBot.Insights;

/// <summary>
/// The reply kinds as stored and reported, in the command line's lower snake case. Kept as strings so the store does
/// not depend on the answering core and a new kind needs no migration.
/// </summary>
public static class ReplyKindName
{
    public const string Answer = "answer";
    public const string Clarify = "clarify";
    public const string NoAnswer = "no_answer";
    public const string Emergency = "emergency";
    public const string Advice = "advice";
    public const string SmallTalk = "smalltalk";

    /// <summary>
    /// The triage category of a small-talk reply to a message in a language the bot does not answer in (the answering
    /// core's <c>TriageCategories.NonEnglish</c>): demand the corpus cannot serve, so its text is kept too.
    /// </summary>
    public const string NonEnglishCategory = "non-english";

    /// <summary>
    /// The replies whose question text a curator needs: not covered, did you mean, and messages in another language
    /// (the text is still redacted and expires).
    /// </summary>
    public static bool KeepsQuestion(string kind, string? category = null) =>
        kind is NoAnswer or Clarify || (kind == SmallTalk && category == NonEnglishCategory);
}
