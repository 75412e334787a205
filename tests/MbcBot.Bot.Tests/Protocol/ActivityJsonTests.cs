using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Tests.Protocol;

/// <summary>The wire rules of brief §1.1 through <see cref="ProtocolJson.Options"/>.</summary>
public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {"type":"message","id":"1712345678901","timestamp":"2025-03-11T22:03:56.63556+00:00",
         "localTimestamp":"2025-03-11T15:03:56.635-07:00","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "channelId":"msteams","from":{"id":"29:abc","name":"Ann","aadObjectId":"oid","extraFrom":1},
         "conversation":{"id":"a:1Xyz","conversationType":"personal","tenantId":"tid","properties":{}},
         "recipient":{"id":"28:app","name":"MbcBot"},"text":"hi","locale":"en-US",
         "entities":[{"type":"clientInfo","locale":"en-US","platform":"Web"},{"type":"ClientCapabilities","supportsTts":true}],
         "channelData":{"tenant":{"id":"tid"},"clientActivityID":"x1"},"somethingNew":{"a":[1,2]}}
        """;

    [Fact]
    public void RoundTrip_UnknownFields_AreKeptUnchanged()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2]}"""), written["somethingNew"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{}"), written["conversation"]!["properties"]));
        Assert.Equal(1, written["from"]!["extraFrom"]!.GetValue<int>());
        Assert.Equal("Web", written["entities"]![0]!["platform"]!.GetValue<string>());
        Assert.Equal("x1", written["channelData"]!["clientActivityID"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_Timestamps_KeepTheirOffsets()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        Assert.Equal(TimeSpan.Zero, activity.Timestamp!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 22, 3, 56, TimeSpan.Zero), activity.Timestamp.Value.AddTicks(-(activity.Timestamp.Value.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public void RoundTrip_AzureBotServiceTimestamp_FiveFractionalDigitsAndOffsetKept()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.Equal(6_355_600, activity.Timestamp!.Value.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal("2025-03-11T22:03:56.63556+00:00", written["timestamp"]!.GetValue<string>());
        Assert.Equal("2025-03-11T15:03:56.635-07:00", written["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_EmulatorTimestampInUtc_IsRead()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","timestamp":"2025-03-11T22:03:56.635Z"}""", ProtocolJson.Options)!;

        Assert.Equal(new DateTimeOffset(2025, 3, 11, 22, 3, 56, 635, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Deserialize_AnyCasing_IsRead()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","SERVICEURL":"http://x"}""", ProtocolJson.Options)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("http://x", activity.ServiceUrl);
    }

    [Fact]
    public void Serialize_Reply_WritesCamelCaseAndOmitsNulls()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", ReplyToId = "1", TextFormat = "markdown" }, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","textFormat":"markdown","replyToId":"1"}""", json);
    }

    [Fact]
    public void Deserialize_NestingBeyondMaxDepth_Throws()
    {
        var deep = "{\"type\":\"message\",\"value\":" + new string('[', 100) + new string(']', 100) + "}";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Activity>(deep, ProtocolJson.Options));
    }
}
