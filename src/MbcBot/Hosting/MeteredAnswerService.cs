using System.Diagnostics;
using MbcBot.Answering;

namespace MbcBot.Hosting;

/// <summary>
/// The registered <see cref="IAnswerService"/> with metrics around each answer (kind, category, latency; see
/// <see cref="MbcBotMetrics"/>). It sees the reply, never logs or tags its text.
/// </summary>
internal sealed class MeteredAnswerService(IAnswerService inner, MbcBotMetrics metrics) : IAnswerService
{
    public string Disclaimer => inner.Disclaimer;

    public Reply Answer(string question) => Measure(() => inner.Answer(question));

    public Reply Answer(string question, string conversationId) => Measure(() => inner.Answer(question, conversationId));

    public Reply Welcome() => inner.Welcome();

    public IReadOnlyList<PassageResult> Search(string query, int max) => inner.Search(query, max);

    private Reply Measure(Func<Reply> answer)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = answer();
        metrics.Answered(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(reply.Kind.ToString()), reply.Category, Stopwatch.GetElapsedTime(started), reply.Kind == ReplyKind.Emergency);
        return reply;
    }
}
