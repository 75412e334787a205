using System.ComponentModel.DataAnnotations;

namespace MbcBot.Insights;

/// <summary>The <c>Insights</c> section of appsettings.json. The database lives in the data folder (<c>Data:Path</c>).</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>The SQLite file inside the data folder.</summary>
    public const string DatabaseFileName = "insights.db";

    /// <summary>
    /// Days a stored (redacted) question or comment is kept before it is purged; the counts stay. 0 stores no text at
    /// all. Default 30.
    /// </summary>
    [Range(0, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// Records the write queue holds before it drops new ones (<see cref="InsightsQueue"/>); about 200 bytes each. At
    /// 1,000 turns a second the default is ten seconds of a stalled disk. Default 10,000 (100–1,000,000).
    /// </summary>
    [Range(100, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Whether text may be stored at all.</summary>
    public bool StoresText => RetentionDays > 0;
}
