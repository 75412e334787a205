using BenchmarkDotNet.Attributes;
using MbcBot.Answering;
using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Understanding;

namespace MbcBot.Benchmarks;

/// <summary>
/// What the fitted models cost a question once it has been read (corrected, cut into parts, one MiniLM run): the answer
/// decision (the boosted trees over every candidate's signals, with the topic model), the topic model alone, and the
/// dialogue-act model. Retrieval and the model run are measured by <see cref="AnsweringBenchmarks"/>. Target (issue 16):
/// the decision adds at most 0.2 ms.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private AnswerFinder _finder = null!;
    private ActModel _acts = null!;
    private ReadMessage _message = null!;
    private RetrievalResult _candidates = null!;
    private IReadOnlyDictionary<string, double> _topic = null!;

    [Params("my mum's skin has gone yellow, is that her liver", "wat are the symtoms if its gone to the lungs")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var service = (AnswerService)AnsweringBenchmarks.Build(AnsweringBenchmarks.RepositoryRoot(), semantic: true);
        _finder = service.Finder;
        _acts = service.Acts!;
        _message = service.Reader.Read(Question);
        _candidates = service.Retriever.Retrieve(_message.Corrected, _message.Vectors!.Whole);
        _topic = _finder.Model.Topic!.Probabilities(_message.Vectors.Whole, _message.Corrected);
    }

    [Benchmark(Description = "decision: trees over the candidates' signals")]
    public double Judge() => _finder.Judge(_candidates, _topic).Result.Confidence;

    [Benchmark(Description = "topic model")]
    public Dictionary<string, double> Topic() => _finder.Model.Topic!.Probabilities(_message.Vectors!.Whole, _message.Corrected);

    [Benchmark(Description = "dialogue-act model")]
    public string Act() => _acts.Read(_message).Act;

}
