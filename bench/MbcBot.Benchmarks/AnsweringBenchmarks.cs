using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MbcBot.Answering;
using MbcBot.Answering.Options;
using MbcBot.Answering.Text;

namespace MbcBot.Benchmarks;

/// <summary>
/// The answering path as a channel calls it (<see cref="IAnswerService.Answer(string)"/>), built from the repository's
/// appsettings.json and corpus: a question never seen (one model run; a counter makes every text new), a question seen
/// before (a clicked suggestion or a repeat: decision and vector caches), and a never-seen question with the model off. Targets (issue 7): p50 ≤ 10 ms,
/// ≤ 100 µs and ≤ 50 µs on the 2-core machines.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, Q3Column, MaxColumn]
public class AnsweringBenchmarks
{
    private IAnswerService _withModel = null!;
    private IAnswerService _lexical = null!;
    private int _next;

    /// <summary>Everyday phrasings (written for this benchmark); a counter makes each uncached call a new text.</summary>
    private static readonly string[] Questions =
    [
        "wat are the symtoms if its gone to the lungs",
        "my mum's skin has gone yellow, is that her liver",
        "can secondary breast cancer be cured",
        "how do they check if its in the bones",
        "why does breast cancer spread",
    ];

    private const string Clicked = "What is metastatic breast cancer?";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _withModel = Build(root, semantic: true);
        _lexical = Build(root, semantic: false);
        _withModel.Answer(Clicked);

        // What a running bot matches with: the safety regexes' compiled forms (built in the background after start-up).
        RegexCompiler.Default.CompileAll();
    }

    [Benchmark(Description = "uncached question, model on")]
    public Reply Uncached()
    {
        var i = Interlocked.Increment(ref _next);
        return _withModel.Answer($"{Questions[i % Questions.Length]} {i}");
    }

    [Benchmark(Description = "cached / clicked question, model on")]
    public Reply Cached() => _withModel.Answer(Clicked);

    [Benchmark(Description = "uncached question, lexical only (model off)")]
    public Reply Lexical()
    {
        var i = Interlocked.Increment(ref _next);
        return _lexical.Answer($"{Questions[i % Questions.Length]} {i}");
    }

    internal static IAnswerService Build(string root, bool semantic)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "appsettings.json")));
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var answering = settings.RootElement.GetProperty(AnsweringOptions.SectionName).Deserialize<AnsweringOptions>(web)!;
        var retrieval = settings.RootElement.GetProperty(RetrievalOptions.SectionName).Deserialize<RetrievalOptions>(web)!;
        retrieval.UseSemanticModel = semantic;
        return AnswerServiceBuilder.Build(answering, retrieval, root);
    }

    /// <summary>The folder holding appsettings.json, from the working directory up (BenchmarkDotNet runs from bin/).</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (no appsettings.json and corpus/ above the working directory).");
    }
}
