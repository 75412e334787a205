using System.CommandLine;
using MbcBot.Teams;

namespace MbcBot.Cli;

/// <summary>The command-line face of the host: <c>ask</c>, <c>index</c>, <c>teams-package</c>, <c>report</c> and <c>train</c>.</summary>
public static class CommandLineApp
{
    private static readonly string[] CommandNames = ["ask", "index", "teams-package", "report", "train"];

    /// <summary>True when the arguments name a command, so the web host should not start.</summary>
    public static bool Handles(string[] args) =>
        args.Length > 0 && CommandNames.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("MbcBot: answers questions about metastatic breast cancer from vetted sources.")
        {
            AskCommand.Create(),
            IndexCommand.Create(),
            TeamsPackageCommand.Create(),
            ReportCommand.Create(),
            TrainCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
