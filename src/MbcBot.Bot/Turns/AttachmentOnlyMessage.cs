using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>
/// A message that carries a card or a file and no typed words: it asks nothing, so it gets no reply and is not
/// recorded as a question. Teams sends a card inserted from a message extension with only a placeholder in its text
/// (<c>&lt;span class="inline-compose-card" itemid="0" …&gt;&lt;span itemprop="cardId"&gt;&lt;/span&gt;&lt;/span&gt;</c>,
/// seen from the Agents Playground 0.2.28) and the card as an attachment, so words are looked for outside HTML tags.
/// One linear scan, whatever the text holds.
/// </summary>
public static class AttachmentOnlyMessage
{
    /// <param name="activity">The message.</param>
    /// <param name="text">Its text with the bot's mention removed (<see cref="Teams.RecipientMention"/>).</param>
    public static bool Is(Activity activity, string text)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Attachments is { Count: > 0 } && !HasWordsOutsideTags(text);
    }

    /// <summary>Whether a letter or digit appears outside <c>&lt;…&gt;</c> tags.</summary>
    internal static bool HasWordsOutsideTags(string? text)
    {
        var inTag = false;
        foreach (var c in text ?? string.Empty)
        {
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
