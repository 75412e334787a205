using MbcBot.Answering;

namespace MbcBot.Hosting;

/// <summary>
/// Builds the answering core outside the web host, for the command line, from the same appsettings.json and the same
/// registrations (so options are validated the same way and a bad setting fails with the key's name).
/// </summary>
internal static class AnsweringHost
{
    public static IAnswerService CreateAnswerService()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseSharedSettings();

        // Standard output carries the replies; diagnostics go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddAnswering();
        var services = builder.Build().Services;
        return services.GetRequiredService<IAnswerService>();
    }
}
