namespace MbcBot.Tests.Testing;

/// <summary>A fresh data folder (<c>Data:Path</c>: the insights store, the caches), deleted on dispose.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder() =>
        Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mbcbot-data-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Path { get; }

    public string Database => System.IO.Path.Combine(Path, MbcBot.Insights.InsightsOptions.DatabaseFileName);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
