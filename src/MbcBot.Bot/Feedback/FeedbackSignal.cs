using MbcBot.Insights;

namespace MbcBot.Bot.Feedback;

/// <summary>A rating read from an inbound activity.</summary>
/// <param name="Rating">Like or dislike.</param>
/// <param name="Via">How it was given (<see cref="FeedbackVia"/>).</param>
/// <param name="ReplyId">The rated reply's id when the channel echoed it back; null means "the latest answer here".</param>
/// <param name="Comment">Free text the user added (Teams' feedback form); user text, to be redacted before storing.</param>
/// <param name="ChannelActivityId">
/// The channel's own id of the rated message (Teams' <c>replyToId</c>), which the bot learnt when the channel accepted
/// the reply; null when the channel named none.
/// </param>
public sealed record FeedbackSignal(
    FeedbackRating Rating, string Via, string? ReplyId, string? Comment = null, string? ChannelActivityId = null);
