using System.Diagnostics;
using MbcBot.Hosting;
using MbcBot.Insights;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// Tracing of a turn: a span on MbcBot.Turn and one for the store write on MbcBot.Insights once spans are sampled (an
/// exporter configured); none while no exporter is. In the collection that runs alone: a tracer provider that samples
/// sees every host's turns in the process, and would hand them to another test's exporter too.
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed class TracingExtensionsTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_SpansSampled_ExportsTheTurnAndTheStoreWriteWithoutText()
    {
        var spans = new List<Activity>();
        await using var app = new MbcBotApplication().WithSetting("Data:Path", _data.Path).WithServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans)));
        using var http = app.CreateClient();

        await EmulatorTurn.AskAsync(http, http.BaseAddress!, "what is metastatic breast cancer", Ct);
        var write = await WaitForAsync(spans, InsightsTelemetry.SourceName);

        var turn = Assert.Single(Snapshot(spans), s => s.Source.Name == TurnTelemetry.SourceName);
        Assert.Equal("emulator", turn.GetTagItem("mbcbot.channel"));
        Assert.Equal("message", turn.GetTagItem("mbcbot.activity.type"));
        Assert.Equal(1, write.GetTagItem("mbcbot.insights.records"));
        Assert.DoesNotContain(Snapshot(spans).SelectMany(s => s.TagObjects), tag => tag.Value is string text && text.Contains("metastatic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Turn_NoExporterConfigured_CreatesNoSpan()
    {
        var spans = new List<Activity>();
        var app = new MbcBotApplication().WithSetting("Data:Path", _data.Path).WithServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var http = app.CreateClient();

        await EmulatorTurn.AskAsync(http, http.BaseAddress!, "what is metastatic breast cancer", Ct);
        await app.DisposeAsync(); // the insights write is flushed

        Assert.Empty(Snapshot(spans));
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    private static async Task<Activity> WaitForAsync(List<Activity> spans, string source)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Snapshot(spans).FirstOrDefault(s => s.Source.Name == source) is { } span)
            {
                return span;
            }

            await Task.Delay(20, limit.Token);
        }
    }
}
