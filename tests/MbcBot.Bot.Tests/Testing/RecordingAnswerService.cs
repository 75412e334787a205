using System.Collections.Concurrent;
using MbcBot.Answering;

namespace MbcBot.Bot.Tests.Testing;

/// <summary>
/// A stand-in for the answering core that records every question. Its replies are built from the question, so a test
/// can tell which question a reply answers; questions containing "emergency" get a reply without a source; "that
/// helped" and "didn't help" get a short reply that rates the previous answer (<see cref="Reply.Rates"/>), whatever came
/// before: whether there is an answer to rate is the handler's to check.
/// </summary>
internal sealed class RecordingAnswerService : IAnswerService
{
    public static readonly SourceCitation Source = new(
        "mbc-overview", "mbc-overview#p1", "Test Publisher", "What is MBC", "Overview", "Dr. Reviewer", "2024-05-01");

    public const string RatedHelpedText = "Glad it helped.";
    public const string RatedNotHelpedText = "Sorry it didn't help.";

    public ConcurrentQueue<string> Questions { get; } = new();

    public string Disclaimer => "Not medical advice.";

    public Reply Answer(string question)
    {
        Questions.Enqueue(question);
        if (question.Contains("didn't help", StringComparison.OrdinalIgnoreCase) || question.Contains("that helped", StringComparison.OrdinalIgnoreCase))
        {
            var helped = !question.Contains("didn't", StringComparison.OrdinalIgnoreCase);
            return new Reply(ReplyKind.SmallTalk, helped ? RatedHelpedText : RatedNotHelpedText, null, []) { Rates = helped ? Helpfulness.Helped : Helpfulness.NotHelped };
        }

        if (question.Contains("emergency", StringComparison.OrdinalIgnoreCase))
        {
            return new Reply(ReplyKind.Emergency, $"Call 911 now.\n\n{Disclaimer}", null, []);
        }

        return new Reply(
            ReplyKind.Answer,
            $"You asked: {question}\n\nSource: {Source.Publisher}, {Source.Title}\n\n{Disclaimer}",
            Source,
            [$"more about {question}", "what is metastasis", "what treatments exist"]);
    }

    /// <summary>Conversation ids each question arrived with, in order (null: asked without one).</summary>
    public ConcurrentQueue<string?> ConversationIds { get; } = new();

    public Reply Answer(string question, string conversationId)
    {
        ConversationIds.Enqueue(conversationId);
        return Answer(question);
    }

    public IReadOnlyList<PassageResult> Search(string query, int max) =>
        string.IsNullOrWhiteSpace(query) ? [] : [new PassageResult("Overview", $"Passage about {query}", Source, Disclaimer)];

    public Reply Welcome() => new(
        ReplyKind.SmallTalk,
        $"Hello! I answer questions from vetted sources. I do not give personal advice.\n\n{Disclaimer}",
        null,
        ["what is metastatic breast cancer", "what is HER2", "what is a clinical trial"]);
}
