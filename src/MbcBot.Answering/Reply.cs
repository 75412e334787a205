namespace MbcBot.Answering;

/// <summary>One reply of the bot to one user message, independent of any channel.</summary>
/// <param name="Kind">What kind of reply this is.</param>
/// <param name="Text">
/// The whole reply as plain Markdown (paragraphs, "- " lists, **bold**): the body, then for answers the source line,
/// then the fixed disclaimer where the kind carries one. Web Chat, the Emulator and Teams all render it, and it reads
/// well aloud.
/// </param>
/// <param name="Source">The cited source; non-null exactly when <paramref name="Kind"/> is <see cref="ReplyKind.Answer"/>.</param>
/// <param name="SuggestedQuestions">0–3 follow-up questions that the corpus answers; channels show them as buttons.</param>
public sealed record Reply(
    ReplyKind Kind,
    string Text,
    SourceCitation? Source,
    IReadOnlyList<string> SuggestedQuestions);
