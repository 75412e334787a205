using System.ComponentModel.DataAnnotations;

namespace MbcBot.Hosting;

/// <summary>
/// The <c>Data</c> section: the one folder the bot writes to (the insights database, the sentence-vector cache).
/// Everything else, the binary, corpus and settings, may be read-only, as in a container.
/// </summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";

    /// <summary>
    /// The writable folder; relative paths resolve against the binary's folder. Created at start-up if missing, and a
    /// folder that cannot be written stops start-up naming this key. Default "data"; in a container a volume
    /// (environment <c>Data__Path</c>).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data";

    /// <summary><see cref="Path"/> as an absolute path.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
