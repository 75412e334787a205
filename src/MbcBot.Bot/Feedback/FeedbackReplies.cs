using MbcBot.Insights;

namespace MbcBot.Bot.Feedback;

/// <summary>The short thank-you a rating gets, whatever happened to it in the store (the user never sees an error).</summary>
public static class FeedbackReplies
{
    public const string Like = "Thank you, I'm glad that helped.";

    public const string Dislike =
        "Thank you for telling me. I've noted that this answer didn't help, so the people who look after my sources can improve them.";

    public static string For(FeedbackRating rating) => rating == FeedbackRating.Like ? Like : Dislike;
}
