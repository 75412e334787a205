using MbcBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>The self-hosted Direct Line 3.0 channel under /v3/directline that the Web Chat page talks to.</summary>
public static class DirectLineExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineSigningKeyValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton(provider =>
        {
            var store = ActivatorUtilities.CreateInstance<DirectLineConversationStore>(provider);
            provider.GetService<MbcBotMetrics>()?.ObserveDirectLineConversations(() => store.Count);
            return store;
        });
        services.TryAddSingleton<TurnPipeline>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddSingleton<DirectLineEndpoints.Services>();
        services.AddHostedService<DirectLineJanitor>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy<string, DirectLinePostRateLimitPolicy>(DirectLinePostRateLimitPolicy.Name);
            limiter.AddPolicy<string, DirectLineTokenRateLimitPolicy>(DirectLineTokenRateLimitPolicy.Name);
        });
        return services;
    }

    /// <summary>WebSockets for the stream route, with protocol pings every <see cref="DirectLineOptions.KeepAliveInterval"/>.</summary>
    public static IApplicationBuilder UseDirectLineWebSockets(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        return app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval, KeepAliveTimeout = options.KeepAliveInterval * 3 });
    }

    /// <summary>Maps the routes; they need <see cref="UseDirectLineWebSockets"/> and the rate limiter in the pipeline (Program.cs).</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        DirectLineEndpoints.Map(endpoints);
        return endpoints;
    }
}
