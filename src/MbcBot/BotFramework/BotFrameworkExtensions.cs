using MbcBot.Bot.Turns;
using MbcBot.BotFramework.Authentication;
using MbcBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MbcBot.BotFramework;

/// <summary>The Bot Framework channel endpoint: POST /api/messages (Emulator, Teams, Azure Bot Service).</summary>
public static class BotFrameworkExtensions
{
    public const string Route = "/api/messages";

    /// <summary>
    /// Registers the shared bot (<see cref="AddBot"/>), the <c>BotFramework</c> options (validated at start-up), inbound
    /// token validation, the outbound Connector client with its named HttpClients, and retry de-duplication.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBot();
        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        ConnectorClient.AddHttpClient(services);
        services.AddHttpClient(FactoryDocumentRetriever.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalChannelTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));

        services.TryAddSingleton<IChannelTokenProvider, MsalChannelTokenProvider>();
        services.AddBotFrameworkAuthentication();
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            return new ActivityDeduplicator(provider.GetRequiredService<TimeProvider>(), settings.DeduplicationWindow, settings.DeduplicationCapacity);
        });
        services.TryAddSingleton<TurnPipeline>();
        services.TryAddSingleton<MessagesEndpoint>();
        return services;
    }

    /// <summary>
    /// Registers the channel-independent bot: <see cref="IBot"/> → <see cref="MbcActivityHandler"/> (singleton; needs
    /// an <c>IAnswerService</c>). Every channel (this endpoint, Direct Line) resolves <see cref="IBot"/> and calls
    /// <see cref="IBot.OnTurnAsync"/>; the replies come back addressed, ready to deliver. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.TryAddSingleton<IBot, MbcActivityHandler>();
        return services;
    }

    /// <summary>Maps POST /api/messages. Other verbs get 405 from routing.</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (!options.IsAuthenticationEnabled)
        {
            var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotFrameworkExtensions).FullName!);
            BotFrameworkLog.EmulatorMode(logger);
        }

        endpoints.MapPost(Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context))
            .DisableAntiforgery()
            .WithName("BotFrameworkMessages");
        return endpoints;
    }
}
