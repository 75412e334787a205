using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Bot.Turns;
using MbcBot.BotFramework;
using MbcBot.BotFramework.Authentication;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>
/// The web host wired for Bot Framework tests: the fake issuer behind the metadata and login clients, the recording
/// connector behind the Connector client, and (unless <see cref="UseRealAnswering"/>) the fake answering service.
/// Emulator mode unless <see cref="WithCredentials"/> is called.
/// </summary>
internal sealed class BotFrameworkTestHost : IAsyncDisposable
{
    public const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";

    private readonly MbcBotApplication _application = new();
    private bool _realAnswering;
    private RecordingBot? _bot;
    private HttpClient? _client;

    public FakeIssuer Issuer { get; } = new();

    public RecordingConnector Connector { get; } = new();

    public FakeAnswerService Answers { get; } = new();

    public BotFrameworkTestHost()
    {
        _application
            .WithSetting("BotFramework:ChannelOpenIdMetadataUrl", FakeIssuer.ChannelMetadataUrl)
            .WithSetting("BotFramework:EmulatorOpenIdMetadataUrl", FakeIssuer.EmulatorMetadataUrl)
            .WithSetting("BotFramework:LoginEndpoint", FakeIssuer.LoginEndpoint)
            .WithServices(services =>
            {
                if (!_realAnswering)
                {
                    services.AddSingleton<IAnswerService>(Answers);
                }

                if (_bot is not null)
                {
                    services.AddSingleton<IBot>(_bot);
                }

                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
                services.AddHttpClient(FactoryDocumentRetriever.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Issuer).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
                services.AddHttpClient(MsalChannelTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Issuer).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            });
    }

    public BotFrameworkTestHost WithCredentials(string appType = "SingleTenant")
    {
        _application
            .WithSetting("BotFramework:MicrosoftAppId", AppId)
            .WithSetting("BotFramework:MicrosoftAppPassword", "secret")
            .WithSetting("BotFramework:MicrosoftAppTenantId", TenantId)
            .WithSetting("BotFramework:MicrosoftAppType", appType);
        return this;
    }

    public BotFrameworkTestHost WithSetting(string key, string? value)
    {
        _application.WithSetting(key, value);
        return this;
    }

    /// <summary>Adds services after the host's own (a log capture, say).</summary>
    public BotFrameworkTestHost WithServices(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> configure)
    {
        _application.WithServices(configure);
        return this;
    }

    /// <summary>Replaces the bot with a <see cref="RecordingBot"/> (to see what a turn receives, or to send any reply).</summary>
    public BotFrameworkTestHost WithBot(RecordingBot bot)
    {
        _bot = bot;
        return this;
    }

    /// <summary>Keeps the host's own IAnswerService (the real answering core) instead of the fake.</summary>
    public BotFrameworkTestHost UseRealAnswering()
    {
        _realAnswering = true;
        return this;
    }

    public IServiceProvider Services => _application.Services;

    public HttpClient Client => _client ??= _application.CreateClient();

    public Task<HttpResponseMessage> PostAsync(object activity, string? token = null) =>
        PostRawAsync(JsonSerializer.Serialize(activity), token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotFrameworkExtensions.Route)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await _application.DisposeAsync();
        Issuer.Dispose();
        Connector.Dispose();
    }
}
