using System.Net;
using System.Text.Json.Nodes;
using MbcBot.Answering;
using MbcBot.Tests.BotFramework.Fakes;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.BotFramework;

/// <summary>The Emulator and expectReplies flows through the real answering core and the shipped corpus.</summary>
public sealed partial class MessagesEndpointTests
{
    [Fact]
    public async Task Post_EmulatorQuestionWithRealAnswering_RepliesWithACitedAnswerAndTheDisclaimer()
    {
        await using var host = new BotFrameworkTestHost().UseRealAnswering();
        var answers = host.Services.GetRequiredService<IAnswerService>();

        var welcome = await host.PostAsync(ConversationUpdate());
        var answer = await host.PostAsync(ActivityJson.EmulatorMessage(ServiceUrl, ConversationId, "q|1", "what is metastatic breast cancer"));

        Assert.Equal(HttpStatusCode.OK, welcome.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var sent = host.Connector.Requests.ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(answers.Welcome().Text, sent[0].Get("text"));
        Assert.Equal(3, sent[0].Json["suggestedActions"]!["actions"]!.AsArray().Count);

        var expected = answers.Answer("what is metastatic breast cancer");
        Assert.Equal(ReplyKind.Answer, expected.Kind);
        var reply = sent[1].Json;
        Assert.Equal(ExpectedReplyText.For(expected), reply["text"]!.GetValue<string>());
        Assert.Contains(answers.Disclaimer, reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var citation = reply["entities"]![0]!["citation"]![0]!["appearance"]!;
        Assert.Equal(expected.Source!.Title, citation["name"]!.GetValue<string>());
        Assert.StartsWith(expected.Source.Publisher, citation["abstract"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(expected.SuggestedQuestions, reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()));
        Assert.Equal("q|1", reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ExpectRepliesWithRealAnswering_ReturnsTheAnswerInTheBody()
    {
        await using var host = new BotFrameworkTestHost().UseRealAnswering();
        var message = ActivityJson.EmulatorMessage("https://caller.example/skills", ConversationId, "x1", "can metastatic breast cancer be cured");
        message["deliveryMode"] = "expectReplies";

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        var answering = host.Services.GetRequiredService<IAnswerService>();
        var expected = answering.Answer("can metastatic breast cancer be cured");
        Assert.Equal(ExpectedReplyText.For(expected), reply["text"]!.GetValue<string>());
        Assert.Empty(host.Connector.Requests);
    }
}
