namespace MbcBot.Insights;

/// <summary>One rating of one reply.</summary>
/// <param name="ReplyId">The rated reply (<see cref="TurnRecord.ReplyId"/>); null when the channel did not say which.</param>
/// <param name="Time">When the rating arrived.</param>
/// <param name="Channel">The channel id, at most 32 characters.</param>
/// <param name="Rating">Like or dislike.</param>
/// <param name="Via">How it was given (<see cref="FeedbackVia"/>).</param>
/// <param name="Comment">The redacted comment (Teams feedback form), only when text is stored.</param>
/// <param name="Question">For a dislike: the redacted question of the rated answer, only when text is stored.</param>
public sealed record FeedbackRecord(
    string? ReplyId,
    DateTimeOffset Time,
    string Channel,
    FeedbackRating Rating,
    string Via,
    string? Comment,
    string? Question) : InsightsRecord;

public enum FeedbackRating
{
    Like,
    Dislike,
}

/// <summary>How feedback was given; stored as these strings.</summary>
public static class FeedbackVia
{
    /// <summary>Web Chat's 👍/👎 (schema.org LikeAction/DislikeAction).</summary>
    public const string Button = "button";

    /// <summary>Teams' feedback loop (message/submitAction).</summary>
    public const string TeamsFeedback = "teams_feedback";

    /// <summary>A Teams reaction on the reply.</summary>
    public const string Reaction = "reaction";

    /// <summary>A phrase such as "that didn't help" typed right after an answer.</summary>
    public const string Phrase = "phrase";
}
