using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Insights;

namespace MbcBot.Bot.Feedback;

/// <summary>
/// Teams' feedback: the feedback loop (a reply with <c>channelData.feedbackLoopEnabled: true</c> shows 👍/👎; a choice
/// sends <c>invoke</c> <c>message/submitAction</c> with <c>value: {actionName: "feedback", actionValue: {reaction:
/// "like"|"dislike", feedback: "{\"feedbackText\":\"…\"}"}}</c>, the form's optional comment as a JSON string) and
/// reactions (<c>messageReaction</c> with <c>reactionsAdded: [{type}]</c>). Teams echoes only its own id for the rated
/// message (<c>replyToId</c>), so these signals carry that as <see cref="FeedbackSignal.ChannelActivityId"/>: the
/// recorder knows which reply it is when the Connector returned that id for it.
/// </summary>
public static class TeamsFeedback
{
    public const string SubmitActionInvoke = "message/submitAction";

    public static bool TryReadSubmitAction(Activity activity, out FeedbackSignal signal)
    {
        ArgumentNullException.ThrowIfNull(activity);
        signal = null!;
        if (!string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal)
            || !string.Equals(activity.Name, SubmitActionInvoke, StringComparison.Ordinal)
            || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !string.Equals(ReadString(value, "actionName"), "feedback", StringComparison.Ordinal)
            || !value.TryGetProperty("actionValue", out var actionValue) || actionValue.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        FeedbackRating? rating = ReadString(actionValue, "reaction") switch
        {
            "like" => FeedbackRating.Like,
            "dislike" => FeedbackRating.Dislike,
            _ => null,
        };
        if (rating is null)
        {
            return false;
        }

        signal = new FeedbackSignal(rating.Value, FeedbackVia.TeamsFeedback, null, ReadComment(actionValue), NonEmpty(activity.ReplyToId));
        return true;
    }

    /// <summary>
    /// The first added reaction that rates: like and heart → like; sad and angry → dislike. Laugh and surprised say
    /// nothing about whether the answer helped and are ignored, as are removals.
    /// </summary>
    public static bool TryReadReaction(Activity activity, out FeedbackSignal signal)
    {
        ArgumentNullException.ThrowIfNull(activity);
        signal = null!;
        foreach (var reaction in activity.ReactionsAdded ?? [])
        {
            FeedbackRating? rating = reaction.Type switch
            {
                "like" or "heart" => FeedbackRating.Like,
                "sad" or "angry" => FeedbackRating.Dislike,
                _ => null,
            };
            if (rating is { } value)
            {
                signal = new FeedbackSignal(value, FeedbackVia.Reaction, null, null, NonEmpty(activity.ReplyToId));
                return true;
            }
        }

        return false;
    }

    private static string? NonEmpty(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;

    /// <summary>
    /// Teams sends <c>feedback</c> as a JSON string holding <c>{"feedbackText": "..."}</c>; the Agents Playground 0.2.28
    /// sends the typed text itself. So: a JSON object gives its feedbackText, text that is not JSON is the comment,
    /// and other JSON gives none.
    /// </summary>
    private static string? ReadComment(JsonElement actionValue)
    {
        var raw = ReadString(actionValue, "feedback");
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.ValueKind == JsonValueKind.Object ? ReadString(document.RootElement, "feedbackText") : null;
        }
        catch (JsonException)
        {
            return raw;
        }
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
