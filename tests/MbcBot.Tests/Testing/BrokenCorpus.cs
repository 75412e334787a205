namespace MbcBot.Tests.Testing;

/// <summary>
/// A temp copy of the shipped corpus/ plus one document whose front matter lacks the required <c>publisher</c> key,
/// reported at the closing <c>---</c> line (<see cref="ErrorLine"/>). Dispose to delete it.
/// </summary>
internal sealed class BrokenCorpus : IDisposable
{
    public const string FileName = "zz-broken-document.md";
    public const int ErrorLine = 5;

    private BrokenCorpus(string directory) => Directory = directory;

    public string Directory { get; }

    public static BrokenCorpus Create()
    {
        var target = Path.Combine(Path.GetTempPath(), $"mbcbot-corpus-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "corpus")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(target, FileName), """
            ---
            id: zz-broken-document
            title: A document without its publisher
            source-file: none.txt
            ---

            ## A heading

            Some text.

            """.ReplaceLineEndings("\n"));
        return new BrokenCorpus(target);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
