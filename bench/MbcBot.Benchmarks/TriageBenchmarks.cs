using BenchmarkDotNet.Attributes;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Text;
using MbcBot.Answering.Understanding;

namespace MbcBot.Benchmarks;

/// <summary>
/// The safety triage on its own, per message: rules only, and with the shipped triage model beside them (the message
/// read once: its parts and one MiniLM run for their vectors, which the category model reads; no vector cache, so each
/// call pays the model run the first reading of a message costs). Messages: a general question, a typo'd emergency,
/// a long message.
/// </summary>
[MemoryDiagnoser]
public class TriageBenchmarks
{
    private SafetyTriage _rules = null!;
    private SafetyTriage _withModel = null!;
    private MiniLmEmbedder _embedder = null!;

    [Params("what are the side effects of letrozole?", "cofing up blod since this morning",
        "My mum has bone secondaries and we have been managing at home with the district nurse, but I wanted to ask about diet, exercise and whether she can travel to see her sister next month")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new MiniLmEmbedder();
        _rules = new SafetyTriage();
        _withModel = new SafetyTriage(
            null, TriageModel.Shipped(semantic: true), new MessageReader(NoCorrection.Instance, _embedder), null, null);
        _rules.Classify(Message);
        _withModel.Classify(Message);
        RegexCompiler.Default.CompileAll(); // the compiled forms, as in a bot that has finished starting
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark(Baseline = true)]
    public TriageResult RulesOnly() => _rules.Classify(Message);

    [Benchmark]
    public TriageResult WithTriageModel() => _withModel.Classify(Message);
}
