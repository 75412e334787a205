namespace MbcBot.Ingestion.Tests.Testing;

/// <summary>Finds the repository's corpus/ and the shared, read-only source pages from the test output folder.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFileName = "MbcBot.sln";

    /// <summary>The folder holding MbcBot.sln, found by walking up from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}.");
    }

    public static string CorpusDirectory() => Path.Combine(Root(), "corpus");

    /// <summary>
    /// "shared/corpus-sources" next to the repository (../shared from the root). A git worktree sits one or more
    /// levels deeper than the main checkout, so every ancestor of the root is tried; null when none has it.
    /// </summary>
    public static string? SourcePagesDirectory()
    {
        for (var dir = Directory.GetParent(Root()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus-sources");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
