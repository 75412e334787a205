using MbcBot.Answering;
using MbcBot.Answering.Options;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>
/// Builds the answering core outside the web host, for the command line, from the same appsettings.json and the same
/// registrations (so options are validated the same way and a bad setting fails with the key's name).
/// </summary>
internal static class AnsweringHost
{
    public static IAnswerService CreateAnswerService() => CreateServices().GetRequiredService<IAnswerService>();

    /// <summary>The validated answering and retrieval settings, for commands that build parts of the core themselves.</summary>
    public static (AnsweringOptions Answering, RetrievalOptions Retrieval) ReadOptions()
    {
        var services = CreateServices();
        return (services.GetRequiredService<IOptions<AnsweringOptions>>().Value, services.GetRequiredService<IOptions<RetrievalOptions>>().Value);
    }

    private static IServiceProvider CreateServices()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseSharedSettings();

        // Standard output carries the replies; diagnostics go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddAnswering();
        return builder.Build().Services;
    }
}
