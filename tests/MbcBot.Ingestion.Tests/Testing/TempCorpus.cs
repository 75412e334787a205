namespace MbcBot.Ingestion.Tests.Testing;

/// <summary>A throw-away corpus folder for one test; files are written verbatim (no newline conversion).</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Directory = Path.Combine(Path.GetTempPath(), "mbcbot-corpus-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string Write(string fileName, string content)
    {
        var path = Path.Combine(Directory, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
