using System.Net;
using System.Text.Json.Nodes;
using MbcBot.Insights;
using MbcBot.Testing;
using MbcBot.Tests.BotFramework.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.BotFramework;

/// <summary>Teams rates a message by the id the Connector gave it; the endpoint links that id to the recorded reply.</summary>
public sealed partial class MessagesEndpointTests
{
    [Fact]
    public async Task Post_TeamsFeedbackOnAnEarlierAnswer_RatesThatAnswerNotTheLatest()
    {
        var store = new RecordingInsightsStore();
        await using var host = new BotFrameworkTestHost().WithCredentials()
            .WithServices(services => services.AddSingleton<IInsightsStore>(store));
        var token = host.Issuer.ChannelToken(BotFrameworkTestHost.AppId, TeamsServiceUrl);
        var first = ActivityJson.TeamsMessage(TeamsServiceUrl, "what is HER2", BotFrameworkTestHost.AppId);
        var second = ActivityJson.TeamsMessage(TeamsServiceUrl, "what is a biopsy", BotFrameworkTestHost.AppId);
        second["id"] = "1712345678902";
        await host.PostAsync(first, token);
        await host.PostAsync(second, token);
        var feedback = ActivityJson.TeamsMessage(TeamsServiceUrl, "", BotFrameworkTestHost.AppId);
        feedback["type"] = "invoke";
        feedback["name"] = "message/submitAction";
        feedback["id"] = "1712345678903";
        feedback["replyToId"] = "1"; // the fake Connector's id for the first answer's message
        feedback["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = "{\"feedbackText\":\"\"}" },
        };

        var response = await host.PostAsync(feedback, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await store.WaitForAsync(s => !s.Feedback.IsEmpty); // written behind the turn
        var turns = store.Turns.ToArray();
        Assert.Equal(2, turns.Length);
        Assert.Equal(turns[0].ReplyId, Assert.Single(store.Feedback).ReplyId);
    }
}
