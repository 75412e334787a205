using System.Net;
using MbcBot.Bot.Protocol;
using MbcBot.BotFramework;
using MbcBot.BotFramework.Authentication;
using MbcBot.Tests.BotFramework.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.BotFramework;

public sealed class ConnectorClientTests : IDisposable
{
    private readonly RecordingConnector _connector = new();

    private sealed class FixedToken(string? token) : IChannelTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }

    /// <summary>The client as the host registers it (named HttpClient with its resilience handler), over the recording connector.</summary>
    private ConnectorClient CreateSut(string? token = null, int maxRetries = 3)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new BotFrameworkOptions { MaxSendRetries = maxRetries }));
        ConnectorClient.AddHttpClient(services).ConfigurePrimaryHttpMessageHandler(() => _connector).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return new ConnectorClient(provider.GetRequiredService<IHttpClientFactory>(), new FixedToken(token), NullLogger<ConnectorClient>.Instance);
    }

    private readonly List<ServiceProvider> _providers = [];

    private static Activity Reply(string serviceUrl = "http://localhost:5555", string conversationId = "abc|livechat", string? replyToId = "X") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        ReplyToId = replyToId,
        Text = "hello",
    };

    [Theory]
    [InlineData("http://localhost:5555", "abc|livechat", "X", "http://localhost:5555/v3/conversations/abc%7Clivechat/activities/X")]
    [InlineData("https://host/amer/", "a:1;messageid=2", "1", "https://host/amer/v3/conversations/a%3A1%3Bmessageid%3D2/activities/1")]
    [InlineData("https://webchat.botframework.com/", "c/1", null, "https://webchat.botframework.com/v3/conversations/c%2F1/activities")]
    public void BuildUri_EscapesIdsAndKeepsThePathPrefix(string serviceUrl, string conversationId, string? replyToId, string expected)
    {
        var uri = ConnectorClient.BuildUri(Reply(serviceUrl, conversationId, replyToId));

        Assert.Equal(expected, uri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://host/")]
    [InlineData("relative/path")]
    public void BuildUri_NonHttpServiceUrl_IsNull(string serviceUrl)
    {
        Assert.Null(ConnectorClient.BuildUri(Reply(serviceUrl)));
    }

    [Fact]
    public async Task SendAsync_NoCredentials_SendsNoAuthorizationHeader()
    {
        Assert.True((await CreateSut().SendAsync(Reply(), TestContext.Current.CancellationToken)).Accepted);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_Accepted_ReturnsTheIdTheChannelGaveTheMessage()
    {
        var sut = CreateSut();

        var first = await sut.SendAsync(Reply(), TestContext.Current.CancellationToken);
        var second = await sut.SendAsync(Reply(), TestContext.Current.CancellationToken);

        Assert.Equal(("1", "2"), (first.ActivityId, second.ActivityId)); // the fake Connector answers {"id": n}
    }

    [Fact]
    public async Task SendAsync_Refused_HasNoId()
    {
        _connector.EnqueueStatus(HttpStatusCode.Forbidden);

        var sent = await CreateSut().SendAsync(Reply(), TestContext.Current.CancellationToken);

        Assert.Equal((false, (string?)null), (sent.Accepted, sent.ActivityId));
    }

    [Fact]
    public async Task SendAsync_WithToken_SendsBearer()
    {
        await CreateSut("tok").SendAsync(Reply(), TestContext.Current.CancellationToken);

        Assert.Equal("Bearer tok", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_Throttled_RetriesHonouringRetryAfterThenSucceeds()
    {
        _connector.EnqueueStatus(HttpStatusCode.TooManyRequests, "0");
        _connector.EnqueueStatus(HttpStatusCode.TooManyRequests, "0");

        var sent = await CreateSut().SendAsync(Reply(), TestContext.Current.CancellationToken);

        Assert.True(sent.Accepted);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.Single(_connector.Requests.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task SendAsync_ThrottledBeyondTheRetries_GivesUpWithoutThrowing()
    {
        for (var i = 0; i < 5; i++)
        {
            _connector.EnqueueStatus(HttpStatusCode.TooManyRequests, "0");
        }

        var sent = await CreateSut(maxRetries: 2).SendAsync(Reply(), TestContext.Current.CancellationToken);

        Assert.False(sent.Accepted);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.MethodNotAllowed)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task SendAsync_OtherFailures_AreNotRetried(HttpStatusCode status)
    {
        _connector.EnqueueStatus(status);

        var sent = await CreateSut().SendAsync(Reply(), TestContext.Current.CancellationToken);

        Assert.False(sent.Accepted);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SendAsync_NetworkError_ReturnsFalse()
    {
        _connector.ThrowOnSend = new HttpRequestException("connection refused");

        Assert.False((await CreateSut().SendAsync(Reply(), TestContext.Current.CancellationToken)).Accepted);
    }

    [Fact]
    public async Task SendAsync_NoConversation_SendsNothing()
    {
        Assert.False((await CreateSut().SendAsync(Reply() with { Conversation = null }, TestContext.Current.CancellationToken)).Accepted);
        Assert.Empty(_connector.Requests);
    }

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        _connector.Dispose();
    }
}
