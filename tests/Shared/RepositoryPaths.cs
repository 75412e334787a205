namespace MbcBot.Testing;

/// <summary>
/// Where tests find the repository and the shared reference folder. Compiled into every test project
/// (tests/Directory.Build.props links this one file), so there is one definition.
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding MbcBot.sln, found by walking up from the test binary.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The corpus the bot ships with.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>
    /// The shared reference folder (eval set, corpus sources): CI clones the repository with shared/ beside it; in a
    /// git worktree it may sit further up, so the nearest ancestor that has one wins. Null when there is none.
    /// </summary>
    public static string? Shared { get; } = FindShared();

    /// <summary>Files tests leave for people to look at (screenshots); gitignored.</summary>
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

        throw new InvalidOperationException($"No MbcBot.sln above {AppContext.BaseDirectory}.");
    }

    private static string? FindShared()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
