using System.IO.Compression;
using System.Text.Json;

namespace MbcBot.Teams;

/// <summary>
/// Writes the sideload zip: exactly manifest.json, color.png and outline.png at the root, no folders (Teams refuses
/// packages with folders: "Error while extracting package").
/// </summary>
internal static class TeamsPackageWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(Stream destination, TeamsPackageSettings settings)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(TeamsManifest.Create(settings), Indented));
        Add(zip, TeamsManifest.ColorIconFile, TeamsIcons.Color());
        Add(zip, TeamsManifest.OutlineIconFile, TeamsIcons.Outline());
    }

    public static void Write(string path, TeamsPackageSettings settings)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        Write(file, settings);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
