using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using MbcBot.BotFramework;
using MbcBot.Tests.BotFramework.Fakes;
using MbcBot.Tests.DirectLine;
using MbcBot.Tests.Testing;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// Patient text is sensitive: with every log category at Trace, a question sent through the real bot on either
/// channel never appears in any log entry (message, structured value, scope or exception).
/// </summary>
public sealed class PatientTextLoggingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("What scans will I need to check on my metastatic breast cancer in my liver?")]
    [InlineData("Where does breast cancer spread? My name is Philippa Quarrington and my scan was on 3 March.")]
    [InlineData("Philippa Quarrington here: should I stop taking my letrozole?")]
    [InlineData("Philippa Quarrington: I have chest pain and I can't breathe")]
    public async Task MessagesEndpoint_ExpectRepliesQuestion_NeverLogsTheText(string question)
    {
        var logs = new CapturingLoggerProvider();
        await using var app = new MbcBotApplication().WithSetting("Logging:LogLevel:Default", "Trace").WithServices(logs.AddTo);
        var message = ActivityJson.EmulatorMessage("https://caller.example/skills", "conv-log", "m1", question);
        message["deliveryMode"] = "expectReplies";

        using var response = await app.CreateClient().PostAsync(
            BotFrameworkExtensions.Route, new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray());
        Assert.False(string.IsNullOrWhiteSpace(Text(reply!)));
        AssertLogsCapturedButWithoutPatientText(logs, question);
    }

    [Fact]
    public async Task DirectLinePost_Question_NeverLogsTheText()
    {
        const string question = "Can metastatic breast cancer in my bones and liver be cured?";
        var logs = new CapturingLoggerProvider();
        await using var app = new MbcBotApplication().WithSetting("Logging:LogLevel:Default", "Trace").WithServices(logs.AddTo);
        var client = app.Client();
        var (conversationId, token, streamUrl) = await client.StartAsync(Ct);
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

        using var post = await client.PostMessageAsync(conversationId, token, question, "c-log", Ct);
        var seen = await ReceiveUntilAsync(socket, s => s.Any(a => Type(a) == "message" && a["from"]?["role"]?.GetValue<string>() == "bot"), Ct);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(seen, a => Text(a)?.Contains("Source:", StringComparison.Ordinal) == true);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Ct);
        AssertLogsCapturedButWithoutPatientText(logs, question);
    }

    private static void AssertLogsCapturedButWithoutPatientText(CapturingLoggerProvider logs, string question)
    {
        // The provider really saw the request (so an empty capture cannot pass) ...
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        // ... and neither the distinctive name some questions carry nor any 20-character stretch of the question (so a
        // truncated or partial copy is caught too) appears anywhere.
        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains("Quarrington", StringComparison.OrdinalIgnoreCase));
        const int Stretch = 20;
        var stretches = Enumerable.Range(0, question.Length - Stretch + 1).Select(i => question.Substring(i, Stretch)).ToList();
        Assert.DoesNotContain(logs.Entries, e => stretches.Any(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }
}
