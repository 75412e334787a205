using System.Net;
using MbcBot.Answering;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace MbcBot.Hosting;

/// <summary>Health endpoints and metrics (docs/operations.md).</summary>
public static class OperationsExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Health checks (liveness has none; readiness has <see cref="AnsweringReadiness"/>), <see cref="MbcBotMetrics"/>,
    /// metrics around the registered <see cref="IAnswerService"/>, and OpenTelemetry metrics with the Prometheus
    /// exporter (MbcBot's meter plus ASP.NET Core's request metrics). Call after <c>AddAnswering</c>.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddValidatedSection<MetricsOptions>(MetricsOptions.SectionName);
        services.AddSingleton<AnsweringReadiness>();
        services.AddHealthChecks().AddCheck<AnsweringReadiness>("answering", tags: [ReadyTag]);
        services.AddSingleton<MbcBotMetrics>();

        var answering = services.LastOrDefault(d => d.ServiceType == typeof(IAnswerService));
        if (answering?.ImplementationFactory is { } build)
        {
            services.Remove(answering);
            services.AddSingleton<IAnswerService>(provider =>
                new MeteredAnswerService((IAnswerService)build(provider), provider.GetRequiredService<MbcBotMetrics>()));
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MbcBotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>GET /healthz (the process answers), GET /readyz (the answering core is built) and GET /metrics.</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });

        var metrics = endpoints.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (metrics.Enabled)
        {
            endpoints.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
            {
                if (metrics.AllowRemote || context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }), optionsName: null);
        }

        return endpoints;
    }
}
