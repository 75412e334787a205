using System.Diagnostics;

namespace MbcBot.Hosting;

/// <summary>
/// The tracing source of a turn: one span per activity a channel delivers (<see cref="TurnPipeline"/>), tagged with the
/// channel and activity type only, never text.
/// </summary>
internal static class TurnTelemetry
{
    public const string SourceName = "MbcBot.Turn";

    public static ActivitySource Source { get; } = new(SourceName);
}
