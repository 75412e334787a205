using MbcBot.Insights;

namespace MbcBot.Cli;

/// <summary>
/// What <c>report</c> shows, computed from one <see cref="InsightsSnapshot"/>. "Answered" is
/// answers ÷ (answers + clarify + no_answer): the turns that asked the corpus something, leaving out emergencies,
/// advice and small talk, which are never meant to be answered from a passage.
/// </summary>
internal sealed record ReportData(
    DateTimeOffset Since,
    DateTimeOffset Until,
    int Replies,
    IReadOnlyList<(string Kind, int Count)> ByKind,
    IReadOnlyList<(string Channel, int Count)> ByChannel,
    IReadOnlyList<(DateOnly Day, IReadOnlyDictionary<string, int> ByKind)> ByDay,
    int Answered,
    int Asked,
    int Likes,
    int Dislikes,
    IReadOnlyList<(string PassageId, int Dislikes, int Likes)> MostDisliked,
    IReadOnlyList<string> DislikedQuestions,
    IReadOnlyList<IReadOnlyList<string>> UnansweredGroups)
{
    /// <summary>Kinds in display order.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        ReplyKindName.Answer, ReplyKindName.Clarify, ReplyKindName.NoAnswer,
        ReplyKindName.Emergency, ReplyKindName.Advice, ReplyKindName.SmallTalk,
    ];

    public double? AnsweredShare => Asked == 0 ? null : (double)Answered / Asked;

    public static ReportData From(InsightsSnapshot snapshot, DateTimeOffset since, DateTimeOffset until, ReportQuestionGroups grouper)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(grouper);
        var turns = snapshot.Turns;
        var byKind = turns.GroupBy(t => t.Kind).Select(g => (g.Key, g.Count()))
            .OrderBy(x => IndexOfKind(x.Key)).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        var byChannel = turns.GroupBy(t => t.Channel).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        var byDay = turns.GroupBy(t => DateOnly.FromDateTime(t.Time.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyDictionary<string, int>)g.GroupBy(t => t.Kind).ToDictionary(k => k.Key, k => k.Count(), StringComparer.Ordinal)))
            .ToList();
        var answered = turns.Count(t => t.Kind == ReplyKindName.Answer);
        var asked = turns.Count(t => t.Kind is ReplyKindName.Answer or ReplyKindName.Clarify or ReplyKindName.NoAnswer);

        var passageOf = turns.Where(t => t.PassageId is not null).ToDictionary(t => t.ReplyId, t => t.PassageId!, StringComparer.Ordinal);
        var rated = snapshot.Feedback
            .Select(f => (f.Rating, Passage: f.ReplyId is { } id && passageOf.TryGetValue(id, out var p) ? p : null))
            .Where(x => x.Passage is not null)
            .GroupBy(x => x.Passage!)
            .Select(g => (PassageId: g.Key, Dislikes: g.Count(x => x.Rating == FeedbackRating.Dislike), Likes: g.Count(x => x.Rating == FeedbackRating.Like)))
            .Where(x => x.Dislikes > 0)
            .OrderByDescending(x => x.Dislikes).ThenBy(x => x.PassageId, StringComparer.Ordinal)
            .Take(10)
            .ToList();
        var dislikedQuestions = snapshot.Feedback
            .Where(f => f.Rating == FeedbackRating.Dislike && f.Question is not null)
            .Select(f => f.Question!).Distinct(StringComparer.Ordinal).Take(50).ToList();

        var unanswered = turns.Where(t => t.Kind is ReplyKindName.NoAnswer or ReplyKindName.Clarify && t.Question is not null)
            .Select(t => t.Question!).ToList();

        return new ReportData(
            since, until, turns.Count, byKind, byChannel, byDay, answered, asked,
            snapshot.Feedback.Count(f => f.Rating == FeedbackRating.Like),
            snapshot.Feedback.Count(f => f.Rating == FeedbackRating.Dislike),
            rated, dislikedQuestions, grouper.Group(unanswered));
    }

    private static int IndexOfKind(string kind)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i] == kind)
            {
                return i;
            }
        }

        return Kinds.Count;
    }
}
