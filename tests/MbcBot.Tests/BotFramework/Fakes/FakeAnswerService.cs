using System.Collections.Concurrent;
using MbcBot.Answering;

namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>
/// A protocol-test stand-in for the answering core: the reply is built from the question (so a test can match a reply
/// to its question) and cites a fixed source; it records the questions it was asked. Optionally throws.
/// </summary>
internal sealed class FakeAnswerService : IAnswerService
{
    public static readonly SourceCitation Source = new("doc", "doc#1", "Test Publisher", "Test Title", null, null, "2024-01-01");

    public ConcurrentQueue<string> Questions { get; } = new();

    public bool Throw { get; set; }

    public string Disclaimer => "Not medical advice.";

    public Reply Answer(string question)
    {
        Questions.Enqueue(question);
        if (Throw)
        {
            throw new InvalidOperationException("answering failed");
        }

        return new Reply(ReplyKind.Answer, $"Answer to: {question}\n\n{Disclaimer}", Source, ["follow up one", "follow up two"]);
    }

    public Reply Answer(string question, string conversationId) => Answer(question);

    public IReadOnlyList<PassageResult> Search(string query, int max) =>
        string.IsNullOrWhiteSpace(query) ? [] : [new PassageResult("Heading", $"Passage about {query}", Source, Disclaimer)];

    public Reply Welcome() => new(ReplyKind.SmallTalk, $"Welcome!\n\n{Disclaimer}", null, ["q1", "q2", "q3"]);
}
