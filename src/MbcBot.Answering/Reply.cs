namespace MbcBot.Answering;

/// <summary>One reply of the bot to one user message, independent of any channel.</summary>
/// <param name="Kind">What kind of reply this is.</param>
/// <param name="Text">
/// The whole reply as plain Markdown (paragraphs, "- " lists, **bold**): the body, then for answers the source line,
/// then the fixed disclaimer where the kind carries one. Web Chat, the Emulator and Teams all render it, and it reads
/// well aloud.
/// </param>
/// <param name="Source">
/// The first cited source; non-null exactly when <paramref name="Kind"/> is <see cref="ReplyKind.Answer"/>. An answer
/// to a message that asked two things cites one source per passage: see <see cref="Sources"/>.
/// </param>
/// <param name="SuggestedQuestions">
/// 0–3 questions the corpus answers; channels show them as buttons whose value is the question. For
/// <see cref="ReplyKind.Clarify"/> they are the candidates offered, in order ("the second one" picks index 1).
/// </param>
public sealed record Reply(
    ReplyKind Kind,
    string Text,
    SourceCitation? Source,
    IReadOnlyList<string> SuggestedQuestions)
{
    /// <summary>Every cited source in the order the passages appear in <see cref="Text"/>; empty when none.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; init; } = Source is null ? [] : [Source];

    /// <summary>
    /// The triage category behind an emergency, advice or small-talk reply ("breathing", "overdose", "greeting"...),
    /// else null. Never holds user text, so it is safe to log and count.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>The decision's confidence (0–1) for answer, clarify and no-answer replies; null for the others.</summary>
    public double? Confidence { get; init; }

    /// <summary>
    /// What the message said about the previous answer, when it rated it ("thanks" or "that didn't help" right after
    /// an answer); channels record it as feedback on that answer. Null otherwise.
    /// </summary>
    public Helpfulness? Rates { get; init; }
}
