using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Teams;

/// <summary>
/// The npm tools the Teams tests run (Teams/tools/package-lock.json: the Agents Playground and @microsoft/app-manifest),
/// installed with <c>npm ci</c> on first use. Tests skip, saying why, only when node or npm is not installed at all.
/// </summary>
internal static class TeamsTools
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "MbcBot.Tests", "Teams", "tools");

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        Assert.SkipUnless(OnPath("node") && OnPath("npm"), "node and npm are not installed (apt-get install nodejs npm; .ci/run must install them).");
        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"))
                && File.Exists(Path.Combine(Directory, "node_modules", "@microsoft", "app-manifest", "package.json")))
            {
                return;
            }

            var install = await ExternalProcess.RunAsync(
                "npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], Directory, TimeSpan.FromMinutes(5), cancellationToken);
            Assert.True(install.ExitCode == 0, $"npm ci in {Directory} failed: {install.StandardError}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
        .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));
}
