namespace MbcBot.Tests.Testing;

/// <summary>
/// A folder of pinned npm packages a test runs (its package-lock.json), installed with <c>npm ci</c> on first use and
/// never committed. Tests skip, saying why, only when node or npm is not installed at all.
/// </summary>
internal static class NpmFolder
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <param name="directory">The folder holding package.json and package-lock.json.</param>
    /// <param name="installedMarkers">Paths under <paramref name="directory"/> that exist once it is installed.</param>
    public static async Task EnsureInstalledAsync(string directory, IReadOnlyList<string> installedMarkers, CancellationToken cancellationToken)
    {
        Assert.SkipUnless(OnPath("node") && OnPath("npm"), "node and npm are not installed (apt-get install nodejs npm; .ci/run must install them).");
        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            if (installedMarkers.All(marker => Path.Exists(Path.Combine(directory, marker))))
            {
                return;
            }

            var install = await ExternalProcess.RunAsync(
                "npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5), cancellationToken);
            Assert.True(install.ExitCode == 0, $"npm ci in {directory} failed: {install.StandardError}");
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
