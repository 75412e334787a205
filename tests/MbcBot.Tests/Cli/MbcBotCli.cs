using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Cli;

/// <summary>
/// Runs the real command line as a separate process, <c>dotnet MbcBot.dll ask …</c>, with the MbcBot.dll, the linked
/// appsettings.json and corpus/ that the build puts beside the test binary. The working directory is a temp folder so
/// the settings must come from the binary's folder, as they do for a published build.
/// </summary>
internal static class MbcBotCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Task<ExternalProcess.Result> RunAsync(
        IEnumerable<string> arguments, string? standardInput = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MbcBot.dll");
        return ExternalProcess.RunAsync(
            Dotnet, [dll, .. arguments], Path.GetTempPath(), Timeout, TestContext.Current.CancellationToken, standardInput, environment);
    }

    /// <summary>The dotnet host: `dotnet test` tells test processes which one runs them; outside it, the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The disclaimer as the repository's appsettings.json states it (the file every entry point reads).</summary>
    public static string DisclaimerFromRepositorySettings() => RepositorySettings.Read()["Answering"]!["Disclaimer"]!.GetValue<string>();
}
