using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MbcBot.Tests.BotFramework.Fakes;
using MbcBot.Tests.Hosting;

namespace MbcBot.Tests.BotFramework;

/// <summary>Issue 10, findings 3, 5 and 6: what one request may cost, where replies may go, and what reaches the log.</summary>
public sealed partial class MessagesEndpointTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The mention flood as a body of ~245 KB (Teams does not escape '&lt;').</summary>
    internal static string MentionFloodBody() => MentionFlood().ToJsonString(Unescaped);

    /// <summary>A Teams-style message: 2,400 mentions in the text and 2,400 mention entities.</summary>
    internal static JsonObject MentionFlood()
    {
        var text = new StringBuilder();
        var entities = new JsonArray();
        for (var i = 0; i < 2_400; i++)
        {
            var mention = $"<at>Pa{i:D4}</at>";
            text.Append(mention).Append(' ');
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = $"29:{i:D6}", ["name"] = $"Pa{i:D4}" },
                ["text"] = mention,
            });
        }

        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "flood", text.ToString());
        message["entities"] = entities;
        return message;
    }

    [Fact]
    public async Task Post_2400MentionBody_Answers400BeforeTheTurn()
    {
        await using var host = new BotFrameworkTestHost();
        var body = MentionFloodBody();

        var response = await host.PostRawAsync(body);

        Assert.InRange(Encoding.UTF8.GetByteCount(body), 240 * 1024, 256 * 1024);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 50 entities", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(host.Answers.Questions);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_EightMentionFloodsAtOnce_OrdinaryQuestionStillAnswered()
    {
        await using var host = new BotFrameworkTestHost();
        var flood = MentionFloodBody();

        var floods = Enumerable.Range(0, 8).Select(_ => host.PostRawAsync(flood)).ToList();
        var ordinary = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "ok|1", "what is HER2"));
        var refused = await Task.WhenAll(floods);

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
        Assert.Equal(["what is HER2"], host.Answers.Questions);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_TextLongerThanTheLimit_Answers400BeforeTheTurn()
    {
        await using var host = new BotFrameworkTestHost();

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "long", new string('a', 10_001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Answers.Questions);
    }

    [Theory]
    [InlineData("/admin/shutdown?force=1#")]
    [InlineData("/admin/shutdown?force=1")]
    [InlineData("/#")]
    public async Task Post_EmulatorServiceUrlWithQueryOrFragment_RefusedAndNothingSent(string suffix)
    {
        await using var host = new BotFrameworkTestHost();

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl + suffix, ConversationId, "m|1", "hi"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_DotDotIds_StayPathSegmentsUnderV3Conversations()
    {
        await using var host = new BotFrameworkTestHost();

        var response = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl + "/base", "..", "..", "what is HER2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/base/v3/conversations/%2E%2E/activities/%2E%2E", Assert.Single(host.Connector.Requests).RawPath);
    }

    [Fact]
    public async Task Post_ChannelIdWithNewline_IsLoggedOnOneLine()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = new BotFrameworkTestHost().WithCredentials().WithServices(logs.AddTo);
        var message = ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "m|1", "hi");
        message["channelId"] = "emulator\nfail: forged line";

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var unauthorized = Assert.Single(logs.Entries, e => e.Text.Contains("Unauthorized request", StringComparison.Ordinal));
        var formatted = unauthorized.Text.Split('\n')[0]; // the capture joins message, exception and values with newlines
        Assert.Contains("channel emulator?fail: forged line:", formatted);
    }
}
