using BenchmarkDotNet.Attributes;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Text;

namespace MbcBot.Benchmarks;

/// <summary>
/// The safety triage on its own, per message: rules only, and with the semantic net (one MiniLM embedding per message
/// that the rules do not already escalate). Messages: a general question, a long message, an emergency, a typo'd one.
/// </summary>
[MemoryDiagnoser]
public class TriageBenchmarks
{
    private SafetyTriage _rules = null!;
    private SafetyTriage _withSemanticNet = null!;
    private MiniLmEmbedder _embedder = null!;

    [Params("what are the side effects of letrozole?", "cofing up blod since this morning",
        "My mum has bone secondaries and we have been managing at home with the district nurse, but I wanted to ask about diet, exercise and whether she can travel to see her sister next month")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new MiniLmEmbedder();
        _rules = new SafetyTriage();
        _withSemanticNet = new SafetyTriage(null, new SemanticRedFlags(_embedder), null, null);
        _rules.Classify(Message);
        _withSemanticNet.Classify(Message);
        RegexCompiler.Default.CompileAll(); // the compiled forms, as in a bot that has finished starting
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark(Baseline = true)]
    public TriageResult RulesOnly() => _rules.Classify(Message);

    [Benchmark]
    public TriageResult WithSemanticNet() => _withSemanticNet.Classify(Message);
}
