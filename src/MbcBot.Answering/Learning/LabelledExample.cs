namespace MbcBot.Answering.Learning;

/// <summary>
/// One reviewed, labelled message (examples/*/*.jsonl): what a person typed, what it is, and how it is written.
/// </summary>
/// <param name="Text">The message as typed.</param>
/// <param name="Label">
/// Safety: an emergency category (<see cref="Safety.TriageCategories"/>), <c>near-miss</c>, <c>advice</c> or
/// <c>general</c>. Questions: <c>answer</c> (with <paramref name="Passages"/>) or <c>not-covered</c> (with
/// <paramref name="Kind"/>). Dialogue: a <see cref="DialogueActs"/> name.
/// </param>
/// <param name="Register">How it is written (<see cref="Registers"/>): the unit of leave-one-register-out validation.</param>
/// <param name="Passages">For <c>answer</c>: every passage id whose text answers it; else empty.</param>
/// <param name="Kind">For <c>not-covered</c>: the kind of question the pages do not answer; else null.</param>
/// <param name="Note">Why the label is what it is, where that is not obvious.</param>
/// <param name="Hand">Who wrote it: the file's name without extension. Cross-validation folds by hand, so a model is
/// always measured on wording it has not seen from the same writer.</param>
/// <param name="Line">1-based line in that file, for error messages.</param>
public sealed record LabelledExample(
    string Text,
    string Label,
    string Register,
    IReadOnlyList<string> Passages,
    string? Kind,
    string? Note,
    string Hand,
    int Line)
{
    public const string Answer = "answer";
    public const string NotCovered = "not-covered";
    public const string NearMiss = "near-miss";
    public const string Advice = "advice";
    public const string General = "general";
}
