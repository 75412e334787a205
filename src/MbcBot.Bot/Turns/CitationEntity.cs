using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Answering;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>
/// The cited sources as the root schema.org Message entity that Teams ("Bot messages with AI-generated content":
/// citations) and Web Chat 4.18.1 render: <c>{type: "https://schema.org/Message", "@type": "Message", "@context":
/// "https://schema.org", "@id": "", citation: [Claim…], potentialAction: [LikeAction, DislikeAction]}</c>.
/// <list type="bullet">
/// <item>Claim <c>n</c> (1-based, the order of <see cref="Reply.Sources"/>) has <c>position: n</c> and
/// <c>@id: "cite:n"</c>, which the text's <c>[n]</c> marker and Web Chat's <c>[n]: cite:n</c> definition point at
/// (Web Chat matches a definition to <c>position</c>; MarkdownTextContent.tsx). Its <c>name</c> is what Web Chat lists
/// ("Title · Publisher · reviewed yyyy-MM-dd"); <c>appearance</c> is what Teams shows: <c>name</c> (title) and
/// <c>abstract</c> (publisher · heading · reviewer and date, capped at 160 characters by that convention). No
/// <c>url</c>: the corpus states none, and none is invented. Web Chat opens a dialog with <c>appearance.text</c>
/// when there is no url, so non-Teams channels also get the source as Markdown there.</item>
/// <item><c>potentialAction</c> LikeAction/DislikeAction make Web Chat show 👍/👎 (OthersActivityStatus.tsx). A click
/// posts an event named <c>webchat:activity-status/feedback</c> whose one entity is the chosen action object as sent
/// here (Feedback.tsx), so each action carries the reply id in <c>object.@id</c> (<see cref="ReplyIdPrefix"/>).</item>
/// </list>
/// No <c>additionalType: AIGeneratedContent</c>: the passage is quoted from a vetted source, not generated.
/// </summary>
public static class CitationEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const int MaxAbstractLength = 160;
    public const string ReplyIdPrefix = "urn:mbcbot:reply:";

    /// <param name="sources">The cited sources, in text order; at least one.</param>
    /// <param name="replyId">When set, the like/dislike actions carry it; null offers no feedback buttons.</param>
    /// <param name="includeText">Whether claims carry <c>appearance.text</c> (Web Chat's dialog; not for Teams).</param>
    public static Entity From(IReadOnlyList<SourceCitation> sources, string? replyId = null, bool includeText = true)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var claims = new JsonArray();
        for (var i = 0; i < sources.Count; i++)
        {
            claims.Add(Claim(sources[i], i + 1, includeText));
        }

        var data = new Dictionary<string, JsonElement>
        {
            ["@type"] = JsonSerializer.SerializeToElement("Message"),
            ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
            ["@id"] = JsonSerializer.SerializeToElement(string.Empty),
            ["citation"] = JsonSerializer.SerializeToElement(claims),
        };
        if (replyId is not null)
        {
            data["potentialAction"] = JsonSerializer.SerializeToElement(new JsonArray(Vote("LikeAction", replyId), Vote("DislikeAction", replyId)));
        }

        return new Entity { Type = EntityType, ExtensionData = data };
    }

    /// <summary>The single-source form (kept for callers with one <see cref="SourceCitation"/>).</summary>
    public static Entity From(SourceCitation source) => From([source]);

    /// <summary>What Web Chat lists for a reference: "Title · Publisher · reviewed yyyy-MM-dd" (parts the page states).</summary>
    public static string ListName(SourceCitation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = new List<string> { source.Title, source.Publisher };
        if (source.ReviewDate is { } date)
        {
            parts.Add($"reviewed {date}");
        }

        return string.Join(" · ", parts);
    }

    private static JsonObject Claim(SourceCitation source, int position, bool includeText)
    {
        var appearance = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = source.Title,
            ["abstract"] = Abstract(source),
        };
        if (includeText)
        {
            appearance["text"] = DialogText(source);
        }

        return new JsonObject
        {
            ["@type"] = "Claim",
            ["@id"] = $"cite:{position}",
            ["position"] = position,
            ["name"] = ListName(source),
            ["appearance"] = appearance,
        };
    }

    private static JsonObject Vote(string type, string replyId) => new()
    {
        ["@type"] = type,
        ["actionStatus"] = "PotentialActionStatus",
        ["object"] = new JsonObject { ["@id"] = ReplyIdPrefix + replyId },
    };

    /// <summary>"Publisher · Heading · reviewed by X, yyyy-MM-dd", the parts the page states, cut to 160 characters.</summary>
    private static string Abstract(SourceCitation source)
    {
        var parts = new List<string> { source.Publisher };
        if (!string.IsNullOrWhiteSpace(source.Heading))
        {
            parts.Add(source.Heading);
        }

        if (Review(source) is { } review)
        {
            parts.Add(review);
        }

        var text = string.Join(" · ", parts);
        return text.Length <= MaxAbstractLength ? text : string.Concat(text.AsSpan(0, MaxAbstractLength - 1), "…");
    }

    private static string? Review(SourceCitation source) => (source.ReviewedBy, source.ReviewDate) switch
    {
        ({ } by, { } date) => $"reviewed by {by}, {date}",
        ({ } by, null) => $"reviewed by {by}",
        (null, { } date) => $"reviewed {date}",
        _ => null,
    };

    /// <summary>The source as short Markdown lines for Web Chat's citation dialog.</summary>
    private static string DialogText(SourceCitation source)
    {
        var lines = new List<string> { $"**Publisher:** {source.Publisher}", $"**Page:** {source.Title}" };
        if (!string.IsNullOrWhiteSpace(source.Heading))
        {
            lines.Add($"**Section:** {source.Heading}");
        }

        if (source.ReviewedBy is { } by)
        {
            lines.Add($"**Reviewed by:** {by}");
        }

        if (source.ReviewDate is { } date)
        {
            lines.Add($"**Review date:** {date}");
        }

        return string.Join("  \n", lines);
    }
}
