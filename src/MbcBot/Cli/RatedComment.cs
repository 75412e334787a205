using MbcBot.Insights;

namespace MbcBot.Cli;

/// <summary>A comment given with a rating (Teams' feedback form): the rating, the channel and the redacted comment.</summary>
internal sealed record RatedComment(FeedbackRating Rating, string Channel, string Comment);
