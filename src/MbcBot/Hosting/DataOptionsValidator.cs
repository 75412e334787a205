using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>
/// Checks at start-up that <c>Data:Path</c> is a folder this process can write: it creates the folder if missing and
/// writes and deletes a probe file, so a read-only or foreign-owned folder stops start-up with one line naming the key
/// (rather than the first insights write or cache write failing later).
/// </summary>
internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Success; // reported by the [Required] annotation
        }

        string folder;
        try
        {
            folder = options.FullPath;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ValidateOptionsResult.Fail($"Data:Path: '{options.Path}' is not a valid folder path.");
        }

        if (File.Exists(folder))
        {
            return ValidateOptionsResult.Fail($"Data:Path: '{folder}' is a file; it must be a writable folder.");
        }

        try
        {
            Directory.CreateDirectory(folder);

            // A name of its own: several hosts in one process (the tests) may check the same folder at once.
            using (File.Create(Path.Combine(folder, $".write-check-{Guid.NewGuid():N}"), 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"Data:Path: cannot write to '{folder}' ({e.Message}); point Data:Path (environment Data__Path) at a folder this user can write.");
        }

        return ValidateOptionsResult.Success;
    }
}
