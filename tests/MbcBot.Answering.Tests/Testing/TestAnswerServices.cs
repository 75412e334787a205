using System.Text.Json;
using MbcBot.Answering.Options;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// The real answering service, built from the repository's own appsettings.json, corpus/, examples/ and models/
/// exactly as the host builds it (src/MbcBot/Hosting: the sentence model behind a vector cache, and the triage with
/// the fitted model when <c>Safety:Classifier</c> is on), so answering tests exercise what ships. Built once per test
/// assembly, on first use: it is immutable and thread-safe, and building it (model load, corpus index, every curated
/// question decided) is the slowest thing the tests do.
/// </summary>
internal static class TestAnswerServices
{
    private static readonly Lazy<(IAnswerService Service, SafetyTriage Triage)> LazyReal = new(BuildReal);

    private static readonly Lazy<ISentenceEmbedder> LazyEmbedder = new(() =>
        new CachedEmbedder(SharedSentenceModel.Model, Retrieval.EmbeddingCacheSize));

    public static IAnswerService Real => LazyReal.Value.Service;

    /// <summary>The real service's triage: the rules in union with the shipped triage model, on the service's corrector and reader.</summary>
    public static SafetyTriage Triage => LazyReal.Value.Triage;

    /// <summary>The sentence model behind a vector cache, as the host shares it between services.</summary>
    public static ISentenceEmbedder Embedder => LazyEmbedder.Value;

    /// <summary>A fresh copy of the shipped Answering section, with the vector cache where the host keeps it (in the data folder).</summary>
    public static AnsweringOptions Answering
    {
        get
        {
            var options = Section<AnsweringOptions>(AnsweringOptions.SectionName);
            var data = Path.GetFullPath(Section<DataSection>("Data").Path, RepositoryPaths.Root);
            options.CachePath = Path.GetFullPath(options.CachePath, data);
            return options;
        }
    }

    public static RetrievalOptions Retrieval => Section<RetrievalOptions>(RetrievalOptions.SectionName);

    public static SafetyOptions Safety => Section<SafetyOptions>(SafetyOptions.SectionName);

    private static (IAnswerService, SafetyTriage) BuildReal()
    {
        SafetyTriage? triage = null;
        var service = AnswerServiceBuilder.Build(
            Answering,
            Retrieval,
            RepositoryPaths.Root,
            embedder: Embedder,
            safety: (corrector, reader) => triage = new SafetyTriage(
                corrector,
                Safety.Classifier ? TriageModel.Shipped(semantic: reader.Embedder is not null) : null,
                reader,
                onCheckFailed: null,
                onEscalation: null));
        return (service, triage!);
    }

    /// <summary>Binds one section of the shipped appsettings.json (property names match, case-insensitively).</summary>
    private static T Section<T>(string name)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.json")));
        return settings.RootElement.GetProperty(name).Deserialize<T>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record DataSection(string Path);
}
