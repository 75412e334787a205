using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Answering;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Teams;

/// <summary>
/// The search message extension: Teams sends <c>invoke</c> <c>composeExtension/query</c> with
/// <c>value: {commandId, parameters: [{name: "query", value}], queryOptions: {skip, count}}</c> as the user types in the
/// compose box, and the bot answers 200 <c>{composeExtension: {type: "result", attachmentLayout: "list",
/// attachments: [...]}}</c>. Each attachment is the Adaptive Card inserted when the user picks it (<see cref="PassageCard"/>)
/// with a thumbnail <c>preview</c> for the result list. The manifest declares the same command and parameter names
/// (TeamsManifest in the host).
/// </summary>
public static class MessageExtension
{
    public const string QueryInvoke = "composeExtension/query";
    public const string CommandId = "searchPassages";
    public const string QueryParameter = "query";

    /// <summary>Teams shows up to this many results; more are not requested by the list UI.</summary>
    public const int MaxResults = 10;

    /// <summary>The search text of a query invoke; empty when absent (the bot then returns no results).</summary>
    public static string ReadQuery(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        foreach (var parameter in parameters.EnumerateArray())
        {
            if (parameter.ValueKind == JsonValueKind.Object
                && parameter.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && name.GetString() == QueryParameter
                && parameter.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString()!.Trim();
            }
        }

        return string.Empty;
    }

    /// <summary>The invoke response body for these passages.</summary>
    public static JsonElement Result(IReadOnlyList<PassageResult> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var attachments = new JsonArray();
        foreach (var passage in passages.Take(MaxResults))
        {
            attachments.Add(new JsonObject
            {
                ["contentType"] = PassageCard.ContentType,
                ["content"] = PassageCard.For(passage),
                ["preview"] = new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.card.thumbnail",
                    ["content"] = new JsonObject
                    {
                        ["title"] = passage.Heading,
                        ["text"] = $"{passage.Source.Publisher}, “{passage.Source.Title}”",
                    },
                },
            });
        }

        var body = new JsonObject
        {
            ["composeExtension"] = new JsonObject
            {
                ["type"] = "result",
                ["attachmentLayout"] = "list",
                ["attachments"] = attachments,
            },
        };
        return JsonSerializer.SerializeToElement(body);
    }
}
