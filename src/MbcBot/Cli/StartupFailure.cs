using MbcBot.Ingestion;
using Microsoft.Extensions.Options;

namespace MbcBot.Cli;

/// <summary>
/// The failures that starting the bot reports on purpose: a setting that fails validation (the message names the key,
/// <c>Data:Path</c> included when the data folder cannot be written), a broken corpus file (file:line: reason), an
/// example question the corpus cannot answer, a missing corpus folder or synonyms file. The command line and the web
/// host print them as one line on standard error and exit with 2, because a stack trace hides the one thing the user
/// has to fix.
/// </summary>
internal static class StartupFailure
{
    public const int ExitCode = 2;

    /// <summary>The generic host's own logger, which would log a failed start again, with its stack trace.</summary>
    private const string HostLogCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static bool IsExpected(Exception exception) =>
        exception is OptionsValidationException or CorpusFormatException or FormatException or InvalidOperationException or IOException;

    /// <summary>One line, e.g. "mbcbot: cannot start: Retrieval:K1: The field K1 must be between 0 and 10."</summary>
    public static string Describe(Exception exception) =>
        "mbcbot: cannot start: " + exception.Message.ReplaceLineEndings(" ");

    /// <summary>Runs the web host; an expected start-up failure becomes <see cref="Describe"/> and <see cref="ExitCode"/>.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await run();
        }
        catch (Exception exception) when (IsExpected(exception))
        {
            await Console.Error.WriteLineAsync(Describe(exception));
            return ExitCode;
        }
    }

    /// <summary>
    /// Keeps only the host's critical lines ("a BackgroundService failed, stopping the host", with its exception): its
    /// error-level "Hosting failed to start" would repeat the start-up failure <see cref="GuardAsync"/> reports, as a
    /// stack trace, and a faulted background service is logged at critical level as well.
    /// </summary>
    public static ILoggingBuilder AddStartupFailureFilter(this ILoggingBuilder logging) =>
        logging.AddFilter(HostLogCategory, LogLevel.Critical);
}
