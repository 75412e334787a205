using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Answering;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>
/// The cited source as an entity in the schema.org Message/Claim convention that Teams ("Bot messages with
/// AI-generated content": citations) and Web Chat render: <c>{type: "https://schema.org/Message", "@type": "Message",
/// "@context": "https://schema.org", "@id": "", citation: [{"@type": "Claim", position: 1, appearance:
/// {"@type": "DigitalDocument", name, abstract}}]}</c>. <c>abstract</c> is capped at 160 characters by that convention.
/// No <c>additionalType: AIGeneratedContent</c>: the passage is quoted from a vetted source, not generated.
/// </summary>
public static class CitationEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const int MaxAbstractLength = 160;

    public static Entity From(SourceCitation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var appearance = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = source.Title,
            ["abstract"] = Abstract(source),
        };
        var claim = new JsonObject { ["@type"] = "Claim", ["position"] = 1, ["appearance"] = appearance };
        return new Entity
        {
            Type = EntityType,
            ExtensionData = new Dictionary<string, JsonElement>
            {
                ["@type"] = JsonSerializer.SerializeToElement("Message"),
                ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
                ["@id"] = JsonSerializer.SerializeToElement(string.Empty),
                ["citation"] = JsonSerializer.SerializeToElement(new JsonArray(claim)),
            },
        };
    }

    /// <summary>"Publisher · Heading · reviewed by X, yyyy-MM-dd", the parts the page states, cut to 160 characters.</summary>
    private static string Abstract(SourceCitation source)
    {
        var parts = new List<string> { source.Publisher };
        if (!string.IsNullOrWhiteSpace(source.Heading))
        {
            parts.Add(source.Heading);
        }

        var review = (source.ReviewedBy, source.ReviewDate) switch
        {
            ({ } by, { } date) => $"reviewed by {by}, {date}",
            ({ } by, null) => $"reviewed by {by}",
            (null, { } date) => $"reviewed {date}",
            _ => null,
        };
        if (review is not null)
        {
            parts.Add(review);
        }

        var text = string.Join(" · ", parts);
        return text.Length <= MaxAbstractLength ? text : string.Concat(text.AsSpan(0, MaxAbstractLength - 1), "…");
    }
}
