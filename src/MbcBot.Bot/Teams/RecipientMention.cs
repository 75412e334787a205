using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Teams;

/// <summary>
/// Removes the bot's own @mention from a message, as the SDK's <c>RemoveRecipientMention</c> does: a <c>mention</c>
/// entity whose <c>mentioned.id</c> equals <c>recipient.id</c> names text to remove case-insensitively (its
/// <c>text</c>, or <c>&lt;at&gt;name&lt;/at&gt;</c> when it has none). Other <c>&lt;at&gt;</c> tags are unwrapped to
/// their inner text, with a space added where Teams glues the name to the next word (NormalizeMentionsMiddleware).
/// Identity comes only from entities, never from the text. Then HTML entities Teams leaves around a mention
/// (<c>&amp;nbsp;</c>, <c>&amp;amp;</c>, numeric ones) are decoded and whitespace runs, no-break spaces included, become
/// one space.
/// Cost: linear in the text plus the entities, whatever their number: the bot's mention texts go into one hash set,
/// and the text is scanned once for <c>&lt;at&gt;</c> tags, each looked up in the set. Mention texts that are not an
/// <c>&lt;at&gt;</c> tag (rare) are removed with a plain search, for at most <see cref="MaxPlainMentions"/> distinct
/// ones, so that work is bounded too.
/// </summary>
public static partial class RecipientMention
{
    public const int MaxPlainMentions = 4;

    public static string RemoveFrom(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botMentions = BotMentionTexts(activity);
        text = ReplaceTags(text, botMentions.Tags);
        foreach (var plain in botMentions.Plain)
        {
            text = text.Replace(plain, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return CollapseWhitespace(text);
    }

    private static (HashSet<string> Tags, List<string> Plain) BotMentionTexts(Activity activity)
    {
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var plain = new List<string>();
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return (tags, plain);
        }

        foreach (var entity in activity.Entities)
        {
            if (!TryReadBotMentionText(entity, botId, out var mentionText) || mentionText.Length == 0)
            {
                continue;
            }

            if (WholeAtTag().IsMatch(mentionText))
            {
                tags.Add(mentionText);
            }
            else if (plain.Count < MaxPlainMentions && !plain.Contains(mentionText, StringComparer.OrdinalIgnoreCase))
            {
                plain.Add(mentionText);
            }
        }

        return (tags, plain);
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

    /// <summary>One pass: a tag that is a bot mention is removed, any other is unwrapped to its name.</summary>
    private static string ReplaceTags(string text, HashSet<string> botTags) =>
        AtTag().Replace(text, match =>
        {
            if (botTags.Contains(match.Value))
            {
                return " ";
            }

            var inner = match.Groups["name"].Value;
            var next = match.Index + match.Length;
            var glued = next < text.Length && !char.IsWhiteSpace(text[next]) && !char.IsPunctuation(text[next]) && text[next] != '&';
            return glued ? inner + " " : inner;
        });

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            // char.IsWhiteSpace covers U+00A0 (no-break space) and the other Unicode space separators.
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Bounded time on hostile input: the pattern is linear, and the timeout is a second guard.
    [GeneratedRegex("<at(?:\\s[^>]*)?>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex("^<at(?:\\s[^>]*)?>[^<]*</at>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex WholeAtTag();
}
