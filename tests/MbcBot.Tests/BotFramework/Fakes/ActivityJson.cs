using System.Text.Json.Nodes;

namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>Inbound activities as raw JSON, the way the Emulator and Teams put them on the wire.</summary>
internal static class ActivityJson
{
    public static JsonObject EmulatorMessage(string serviceUrl, string conversationId, string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = "2025-03-11T22:03:56.635Z",
        ["localTimestamp"] = "2025-03-11T15:03:56.635-07:00",
        ["from"] = new JsonObject { ["id"] = "5e1f0c2a-user", ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "a1b2c3-bot", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
        ["text"] = text,
        ["textFormat"] = "plain",
    };

    public static JsonObject TeamsMessage(string serviceUrl, string text, string appId, string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = "1712345678901",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = "2025-03-11T22:03:56.63556+00:00",
        ["from"] = new JsonObject { ["id"] = "29:1abc", ["name"] = "Ann", ["aadObjectId"] = "oid-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "MbcBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationType == "personal" ? "a:1Xyz;messageid=1" : "19:abc@thread.tacv2;messageid=1712345678901",
            ["conversationType"] = conversationType,
            ["tenantId"] = "tenant-1",
            ["isGroup"] = conversationType != "personal",
        },
        ["locale"] = "en-US",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };
}
