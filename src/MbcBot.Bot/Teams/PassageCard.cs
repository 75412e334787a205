using System.Text.Json.Nodes;
using MbcBot.Answering;

namespace MbcBot.Bot.Teams;

/// <summary>
/// A passage as an Adaptive Card 1.5 (the version Teams renders on every client; schema
/// http://adaptivecards.io/schemas/1.5.0/adaptive-card.json): the heading in bold, the passage verbatim (TextBlock
/// renders its bold, italic and "- " lists), the source line (publisher, title, reviewer and review date where the
/// page states them) and the disclaimer, both subtle. Every TextBlock wraps. No actions, no images, no URLs.
/// </summary>
public static class PassageCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonObject For(PassageResult passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var body = new JsonArray
        {
            TextBlock(passage.Heading, weight: "Bolder", size: "Medium"),
            TextBlock(passage.Text),
            TextBlock(SourceText(passage.Source), isSubtle: true, size: "Small", separator: true),
            TextBlock(passage.Disclaimer, isSubtle: true, size: "Small"),
        };
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
    }

    /// <summary>"Source: Publisher, “Title”, reviewed by X on yyyy-MM-dd." with only the parts the page states.</summary>
    public static string SourceText(SourceCitation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = $"Source: {source.Publisher}, “{source.Title}”";
        text += (source.ReviewedBy, source.ReviewDate) switch
        {
            ({ } by, { } date) => $", reviewed by {by} on {date}",
            ({ } by, null) => $", reviewed by {by}",
            (null, { } date) => $", reviewed on {date}",
            _ => string.Empty,
        };
        return text + ".";
    }

    private static JsonObject TextBlock(string text, string? weight = null, string? size = null, bool isSubtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }
}
