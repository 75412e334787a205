using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Teams;

/// <summary>
/// Removes the bot's own @mention from a message, as the SDK's <c>RemoveRecipientMention</c> does: for every
/// <c>mention</c> entity whose <c>mentioned.id</c> equals <c>recipient.id</c>, its <c>text</c> (or
/// <c>&lt;at&gt;name&lt;/at&gt;</c> when it has none) is removed case-insensitively. Other <c>&lt;at&gt;</c> tags are
/// unwrapped to their inner text, with a space added where Teams glues the name to the next word
/// (NormalizeMentionsMiddleware). Identity comes only from entities, never from the text. Entities are not touched.
/// </summary>
public static partial class RecipientMention
{
    public static string RemoveFrom(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId) && activity.Entities is not null)
        {
            foreach (var entity in activity.Entities)
            {
                if (TryReadBotMentionText(entity, botId, out var mentionText) && mentionText.Length > 0)
                {
                    text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return UnwrapOtherMentions(text).Trim();
    }

    private static bool TryReadBotMentionText(Entity entity, string botId, out string mentionText)
    {
        mentionText = string.Empty;
        if (!string.Equals(entity.Type, "mention", StringComparison.Ordinal) || entity.ExtensionData is null
            || !entity.ExtensionData.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !string.Equals(ReadString(mentioned, "id"), botId, StringComparison.Ordinal))
        {
            return false;
        }

        mentionText = entity.ExtensionData.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString() ?? string.Empty
            : $"<at>{ReadString(mentioned, "name")}</at>";
        return true;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string UnwrapOtherMentions(string text) =>
        AtTag().Replace(text, match =>
        {
            var inner = match.Groups["name"].Value;
            var next = match.Index + match.Length;
            var glued = next < text.Length && !char.IsWhiteSpace(text[next]) && !char.IsPunctuation(text[next]);
            return glued ? inner + " " : inner;
        });

    // Bounded time on hostile input: the pattern is linear, and the timeout is a second guard.
    [GeneratedRegex("<at(?:\\s[^>]*)?>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();
}
