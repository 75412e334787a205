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

    /// <summary>Issue 10, finding 4: posts without a valid token must not spend the conversation's own limit.</summary>
    [Fact]
    public async Task PostActivity_UnauthenticatedPostsToAConversation_DoNotSpendItsLimit()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot())
            .WithSetting("DirectLine:PostBurstPerConversation", "2")
            .WithSetting("DirectLine:PostsPerMinutePerConversation", "1");
        var client = app.Client();
        var (conversationId, token, _) = await client.StartAsync(Ct);
        var (_, otherToken, _) = await client.StartAsync(Ct);

        for (var i = 0; i < 12; i++)
        {
            using var anonymous = await client.PostMessageAsync(conversationId, i % 2 == 0 ? "not-a-token" : otherToken, "x", "a" + i, Ct);
            Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, anonymous.StatusCode.ToString());
        }

        using var own = await client.PostMessageAsync(conversationId, token, "q", "c", Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
