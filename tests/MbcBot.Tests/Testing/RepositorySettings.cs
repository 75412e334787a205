using System.Text.Json.Nodes;

namespace MbcBot.Tests.Testing;

/// <summary>The repository-root appsettings.json, read as JSON, so tests compare what a host reads with the file itself.</summary>
internal static class RepositorySettings
{
    public static JsonNode Read() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.json")))!;
}
