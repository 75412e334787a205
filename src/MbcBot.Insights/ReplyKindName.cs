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

    /// <summary>The kinds whose question text a curator needs (the text is still redacted and expires).</summary>
    public static bool KeepsQuestion(string kind) => kind is NoAnswer or Clarify;
}
