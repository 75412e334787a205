using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MbcBot.Hosting;

/// <summary>
/// /readyz: healthy once <see cref="AnsweringWarmup"/> has built the answering core (corpus read and validated, index
/// and embedding model loaded, follow-ups checked); unhealthy before. It never builds anything itself.
/// </summary>
internal sealed class AnsweringReadiness : IHealthCheck
{
    private volatile bool _ready;

    public void MarkReady() => _ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy("Answering core built.") : HealthCheckResult.Unhealthy("Answering core not built yet."));
}
