using System.ComponentModel.DataAnnotations;

namespace MbcBot.Insights;

/// <summary>The <c>Insights</c> section of appsettings.json.</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>
    /// The folder holding <see cref="DatabaseFileName"/>; relative paths resolve against the binary's folder. Created at
    /// start-up if missing. Default "data".
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DataPath { get; set; } = "data";

    /// <summary>
    /// Days a stored (redacted) question or comment is kept before it is purged; the counts stay. 0 stores no text at
    /// all. Default 30.
    /// </summary>
    [Range(0, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The SQLite file inside <see cref="DataPath"/>.</summary>
    public const string DatabaseFileName = "insights.db";

    /// <summary>Whether text may be stored at all.</summary>
    public bool StoresText => RetentionDays > 0;
}
