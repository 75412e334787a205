using MbcBot.Insights;
using OpenTelemetry.Trace;

namespace MbcBot.Hosting;

/// <summary>
/// OpenTelemetry tracing: the turn (<see cref="TurnTelemetry"/>), the answering core (<see cref="AnsweringSourceName"/>)
/// and the insights writer (<see cref="InsightsTelemetry"/>). Exported over OTLP when an endpoint is configured
/// (<see cref="OtlpEndpointKey"/>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> and its companion variables);
/// otherwise no span is even created (the sampler is off), so tracing costs nothing until it is wanted.
/// </summary>
public static class TracingExtensions
{
    /// <summary>The answering core's source; its spans are added in src/MbcBot.Answering.</summary>
    public const string AnsweringSourceName = "MbcBot.Answering";

    /// <summary>Setting that turns the OTLP exporter on, e.g. http://collector:4317.</summary>
    public const string OtlpEndpointKey = "Tracing:OtlpEndpoint";

    public static IServiceCollection AddTracing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[OtlpEndpointKey] is { Length: > 0 } setting ? setting : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (endpoint is { Length: > 0 } && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"{OtlpEndpointKey}: '{endpoint}' is not an absolute URL (e.g. http://collector:4317).");
        }

        services.AddOpenTelemetry().WithTracing(tracing =>
        {
            tracing.AddSource(TurnTelemetry.SourceName, AnsweringSourceName, InsightsTelemetry.SourceName);
            if (endpoint is { Length: > 0 })
            {
                tracing.AddOtlpExporter(otlp => otlp.Endpoint = new Uri(endpoint));
            }
            else
            {
                tracing.SetSampler(new AlwaysOffSampler());
            }
        });
        return services;
    }
}
