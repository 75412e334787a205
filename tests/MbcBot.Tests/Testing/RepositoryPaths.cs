namespace MbcBot.Tests.Testing;

/// <summary>Folders of the source tree, found from the test binary by walking up to MbcBot.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests write artefacts (screenshots): test-output/ at the repository root, gitignored.</summary>
    public static string TestOutput => Directory.CreateDirectory(Path.Combine(Root, "test-output")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MbcBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MbcBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
