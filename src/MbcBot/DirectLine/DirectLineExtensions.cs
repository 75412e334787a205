using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>The self-hosted Direct Line 3.0 channel under /v3/directline that the Web Chat page talks to.</summary>
public static class DirectLineExtensions
{
    private const string MiddlewareMarker = "MbcBot.DirectLine.Middleware";

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversationStore>();
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

    /// <summary>
    /// Maps the routes and adds the two middlewares they need, WebSockets (with protocol pings) and the rate limiter,
    /// once, when given the application itself (WebApplication is both a route builder and an app builder).
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints is IApplicationBuilder app && app.Properties.TryAdd(MiddlewareMarker, true))
        {
            var options = app.ApplicationServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval, KeepAliveTimeout = options.KeepAliveInterval * 3 });
            app.UseRateLimiter();
        }

        DirectLineEndpoints.Map(endpoints);
        return endpoints;
    }
}
