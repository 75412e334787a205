using MbcBot.Ingestion;
using Microsoft.Extensions.Options;

namespace MbcBot.Cli;

/// <summary>
/// The failures that building the answering core reports on purpose: a setting that fails validation (the message
/// names the key), a broken corpus file (file:line: reason), an example question the corpus cannot answer, a missing
/// corpus folder or synonyms file. The command line prints them as one line on standard error and exits with 2,
/// because a stack trace hides the one thing the user has to fix.
/// </summary>
internal static class StartupFailure
{
    public const int ExitCode = 2;

    public static bool IsExpected(Exception exception) =>
        exception is OptionsValidationException or CorpusFormatException or FormatException or InvalidOperationException or IOException;

    /// <summary>One line, e.g. "mbcbot: cannot start: Retrieval:K1: The field K1 must be between 0 and 10."</summary>
    public static string Describe(Exception exception) =>
        "mbcbot: cannot start: " + exception.Message.ReplaceLineEndings(" ");
}
