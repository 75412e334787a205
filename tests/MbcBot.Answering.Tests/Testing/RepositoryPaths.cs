namespace MbcBot.Answering.Tests.Testing;

/// <summary>Finds the repository (the folder holding MbcBot.sln) and the shared reference folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>../shared next to the clone: the eval set and corpus sources (CI puts it there).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
}
