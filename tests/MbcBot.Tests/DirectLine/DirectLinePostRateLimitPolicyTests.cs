using System.Net;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLinePostRateLimitPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostActivity_BurstExceeded_Returns429WithErrorBodyForThatConversationOnly()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot())
            .WithSetting("DirectLine:PostBurstPerConversation", "2")
            .WithSetting("DirectLine:PostsPerMinutePerConversation", "1");
        var client = app.Client();
        var (conversationA, tokenA, _) = await client.StartAsync(Ct);
        var (conversationB, tokenB, _) = await client.StartAsync(Ct);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostMessageAsync(conversationA, tokenA, "q" + i, "c" + i, Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("TooManyRequests", (await ReadJsonAsync(response, Ct))["error"]!["code"]!.GetValue<string>());
            }
        }

        using var other = await client.PostMessageAsync(conversationB, tokenB, "q", "c", Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
