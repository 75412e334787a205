using System.Text.Encodings.Web;
using System.Text.Json;
using MbcBot.Answering;

namespace MbcBot.Cli;

/// <summary>
/// One line of <c>ask</c>'s JSON-lines output: <c>question</c>, <c>kind</c> (answer, clarify, no_answer, emergency,
/// advice, smalltalk), <c>text</c> (the whole reply, disclaimer included), <c>source</c> (the first cited source, null
/// when none is cited), <c>sources</c> (every cited source: two when a message asked two things) and
/// <c>suggestions</c> (the suggested actions' texts, empty when none; for clarify, the options offered).
/// </summary>
internal static class AskJsonLine
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Output goes to a terminal or a pipe, not into HTML: keep quotes and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(string question, Reply reply) =>
        JsonSerializer.Serialize(
            new Line(question, KindName(reply.Kind), reply.Text, reply.Source, reply.Sources, reply.SuggestedQuestions), Json);

    public static string KindName(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => "answer",
        ReplyKind.NoAnswer => "no_answer",
        ReplyKind.Emergency => "emergency",
        ReplyKind.Advice => "advice",
        ReplyKind.SmallTalk => "smalltalk",
        ReplyKind.Clarify => "clarify",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reply kind."),
    };

    private sealed record Line(
        string Question,
        string Kind,
        string Text,
        SourceCitation? Source,
        IReadOnlyList<SourceCitation> Sources,
        IReadOnlyList<string> Suggestions);
}
