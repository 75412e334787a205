using System.Text.Json;
using MbcBot.Answering.Options;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// The real answering service, built from the repository's own appsettings.json and corpus/ exactly as the bot builds
/// it, so answering tests exercise the configuration that ships. Built once: it is immutable and thread-safe.
/// </summary>
internal static class TestAnswerServices
{
    private static readonly Lazy<IAnswerService> LazyReal = new(() =>
        AnswerServiceBuilder.Build(Answering, Retrieval, RepositoryPaths.Root));

    public static IAnswerService Real => LazyReal.Value;

    public static AnsweringOptions Answering => Section<AnsweringOptions>(AnsweringOptions.SectionName);

    public static RetrievalOptions Retrieval => Section<RetrievalOptions>(RetrievalOptions.SectionName);

    /// <summary>Binds one section of the shipped appsettings.json (property names match, case-insensitively).</summary>
    private static T Section<T>(string name)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.json")));
        return settings.RootElement.GetProperty(name).Deserialize<T>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
