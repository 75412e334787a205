using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;
using MbcBot.Insights;

namespace MbcBot.Bot.Feedback;

/// <summary>
/// Web Chat 4.18.1's 👍/👎: a click posts <c>{type: "event", name: "webchat:activity-status/feedback", entities:
/// [action]}</c>, where action is the LikeAction or DislikeAction object of the rated message as the bot sent it
/// (botframework-webchat-component ActivityStatus/private/Feedback/Feedback.tsx; there is no replyToId). The reply id
/// comes back in <c>object.@id</c> (<see cref="CitationEntity"/>). Web Chat sends one event per settled choice
/// (500 ms debounce), so changing one's mind sends a second event; each is recorded.
/// </summary>
public static class WebChatFeedback
{
    public const string EventName = "webchat:activity-status/feedback";

    public static bool TryRead(Activity activity, out FeedbackSignal signal)
    {
        ArgumentNullException.ThrowIfNull(activity);
        signal = null!;
        if (!string.Equals(activity.Type, ActivityTypes.Event, StringComparison.Ordinal)
            || !string.Equals(activity.Name, EventName, StringComparison.Ordinal)
            || activity.Entities is not { Count: > 0 } entities)
        {
            return false;
        }

        foreach (var entity in entities)
        {
            var data = entity.ExtensionData;
            if (data is null || !data.TryGetValue("@type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            FeedbackRating? rating = type.GetString() switch
            {
                "LikeAction" => FeedbackRating.Like,
                "DislikeAction" => FeedbackRating.Dislike,
                _ => null,
            };
            if (rating is { } value)
            {
                signal = new FeedbackSignal(value, FeedbackVia.Button, ReadReplyId(data));
                return true;
            }
        }

        return false;
    }

    private static string? ReadReplyId(Dictionary<string, JsonElement> action)
    {
        if (!action.TryGetValue("object", out var target) || target.ValueKind != JsonValueKind.Object
            || !target.TryGetProperty("@id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = id.GetString()!;
        return text.StartsWith(CitationEntity.ReplyIdPrefix, StringComparison.Ordinal)
            ? ReplyIds.Normalize(text[CitationEntity.ReplyIdPrefix.Length..])
            : null;
    }
}
