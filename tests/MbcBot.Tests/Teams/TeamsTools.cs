using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Teams;

/// <summary>
/// The npm tools the Teams tests run (Teams/tools/package-lock.json: the Agents Playground and @microsoft/app-manifest),
/// installed with <c>npm ci</c> on first use (<see cref="NpmFolder"/>).
/// </summary>
internal static class TeamsTools
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "MbcBot.Tests", "Teams", "tools");

    public static Task EnsureInstalledAsync(CancellationToken cancellationToken) => NpmFolder.EnsureInstalledAsync(
        Directory,
        [Path.Combine("node_modules", "@microsoft", "m365agentsplayground", "cli.js"), Path.Combine("node_modules", "@microsoft", "app-manifest", "package.json")],
        cancellationToken);
}
