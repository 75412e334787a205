using MbcBot.Insights;

namespace MbcBot.Cli;

/// <summary>
/// What <c>report</c> shows, computed from one <see cref="InsightsSnapshot"/>. "Answered" is
/// answers ÷ (answers + clarify + no_answer): the turns that asked the corpus something, leaving out emergencies,
/// advice and small talk, which are never meant to be answered from a passage. What a curator acts on comes as four
/// separate lists: questions the sources do not cover (grouped by topic), did-you-mean questions, messages in another
/// language, and the answers people rated (with what was asked when they disliked it and the comments they gave).
/// Every list collapses repeats with a count and leaves out texts that are no question (<see cref="ReportQuestions"/>).
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
    IReadOnlyList<RatedAnswer> RatedAnswers,
    IReadOnlyList<QuestionGroup> NotCovered,
    IReadOnlyList<QuestionCount> DidYouMean,
    IReadOnlyList<QuestionCount> OtherLanguage,
    int OtherLanguageMessages)
{
    /// <summary>Kinds in display order.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        ReplyKindName.Answer, ReplyKindName.Clarify, ReplyKindName.NoAnswer,
        ReplyKindName.Emergency, ReplyKindName.Advice, ReplyKindName.SmallTalk,
    ];

    /// <summary>Rated answers listed, most disliked first.</summary>
    public const int MaxRatedAnswers = 20;

    /// <summary>Days shown before the first day with replies, at most.</summary>
    private const int MaxEmptyLeadDays = 92;

    public double? AnsweredShare => Asked == 0 ? null : (double)Answered / Asked;

    /// <summary>The questions of disliked answers, collapsed across answers.</summary>
    public IReadOnlyList<QuestionCount> DislikedQuestions =>
        RatedAnswers.SelectMany(a => a.DislikedQuestions)
            .GroupBy(q => ReportQuestions.Key(q.Text))
            .Select(g => new QuestionCount(g.First().Text, g.Sum(q => q.Count)))
            .OrderByDescending(q => q.Count).ToList();

    public static ReportData From(
        InsightsSnapshot snapshot, DateTimeOffset since, DateTimeOffset until, ReportQuestionGroups grouper, ReportPassages passages)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(grouper);
        ArgumentNullException.ThrowIfNull(passages);
        var turns = snapshot.Turns;
        var byKind = turns.GroupBy(t => t.Kind).Select(g => (g.Key, g.Count()))
            .OrderBy(x => IndexOfKind(x.Key)).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        var byChannel = turns.GroupBy(t => t.Channel).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        var answered = turns.Count(t => t.Kind == ReplyKindName.Answer);
        var asked = turns.Count(t => t.Kind is ReplyKindName.Answer or ReplyKindName.Clarify or ReplyKindName.NoAnswer);
        var otherLanguage = turns.Where(t => t.Kind == ReplyKindName.SmallTalk && t.Category == ReplyKindName.NonEnglishCategory).ToList();

        return new ReportData(
            since, until, turns.Count, byKind, byChannel, Days(turns, since, until), answered, asked,
            snapshot.Feedback.Count(f => f.Rating == FeedbackRating.Like),
            snapshot.Feedback.Count(f => f.Rating == FeedbackRating.Dislike),
            Rated(snapshot, passages),
            grouper.Group(ReportQuestions.Collapse(turns.Where(t => t.Kind == ReplyKindName.NoAnswer).Select(t => t.Question))),
            ReportQuestions.Collapse(turns.Where(t => t.Kind == ReplyKindName.Clarify).Select(t => t.Question)),
            ReportQuestions.Collapse(otherLanguage.Select(t => t.Question)),
            otherLanguage.Count);
    }

    /// <summary>Every UTC day of the period, the days without replies included, so the charts' time axis is whole.</summary>
    private static List<(DateOnly, IReadOnlyDictionary<string, int>)> Days(IReadOnlyList<TurnRecord> turns, DateTimeOffset since, DateTimeOffset until)
    {
        var counted = turns.GroupBy(t => DateOnly.FromDateTime(t.Time.UtcDateTime))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.GroupBy(t => t.Kind).ToDictionary(k => k.Key, k => k.Count(), StringComparer.Ordinal));
        var first = DateOnly.FromDateTime(since.UtcDateTime);
        var last = DateOnly.FromDateTime(until.UtcDateTime);
        if (counted.Count > 0)
        {
            // A long period (--since 3650d) starts at its first day with replies.
            first = counted.Keys.Min() < first || last.DayNumber - first.DayNumber > MaxEmptyLeadDays ? counted.Keys.Min() : first;
            last = counted.Keys.Max() > last ? counted.Keys.Max() : last;
        }

        var days = new List<(DateOnly, IReadOnlyDictionary<string, int>)>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add((day, counted.TryGetValue(day, out var byKind) ? byKind : new Dictionary<string, int>()));
        }

        return days;
    }

    private static List<RatedAnswer> Rated(InsightsSnapshot snapshot, ReportPassages passages)
    {
        var passageOf = snapshot.Turns.Where(t => t.PassageId is not null).ToDictionary(t => t.ReplyId, t => t.PassageId!, StringComparer.Ordinal);
        return snapshot.Feedback
            .GroupBy(f => f.ReplyId is { } id && passageOf.TryGetValue(id, out var passage) ? passage : null)
            .Select(g => new RatedAnswer(
                g.Key,
                g.Key is null ? "(answer not known)" : passages.Name(g.Key),
                g.Count(f => f.Rating == FeedbackRating.Like),
                g.Count(f => f.Rating == FeedbackRating.Dislike),
                ReportQuestions.Collapse(g.Where(f => f.Rating == FeedbackRating.Dislike).Select(f => f.Question)),
                g.Where(f => !string.IsNullOrWhiteSpace(f.Comment)).Select(f => new RatedComment(f.Rating, f.Channel, f.Comment!.Trim())).ToList()))
            .Where(a => a.Dislikes > 0 || a.Comments.Count > 0)
            .OrderByDescending(a => a.Dislikes).ThenBy(a => a.PassageId is null).ThenBy(a => a.Passage, StringComparer.Ordinal)
            .Take(MaxRatedAnswers)
            .ToList();
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
