using MbcBot.Answering.Learning;
using MbcBot.Answering.Semantic;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The fitted answer decision: boosted regression trees (ML.NET's FastTree, fitted by <c>train</c> on
/// examples/questions) giving the calibrated probability that a candidate passage answers a question from its
/// <see cref="CandidateSignals"/>, with the topic model's probabilities among them (<see cref="TopicModel"/>). Two cuts,
/// chosen on cross-validated predictions: at or above <see cref="AnswerThreshold"/> the best candidate is the answer
/// (chosen for the precision of cited answers); at or above <see cref="ClarifyThreshold"/> the bot offers its best
/// candidates ("did you mean"); below, the pages do not cover it. <see cref="Name"/> reads the sentence model's
/// signals; <see cref="LexicalName"/> only the lexical ones, for a bot run without the model. Immutable and thread-safe.
/// </summary>
internal sealed class AnswerModel
{
    public const string Name = "answer";
    public const string LexicalName = "answer-lexical";
    public const string AnswerCut = "answer";
    public const string ClarifyCut = "clarify";

    private readonly TreeEnsemble _trees;
    private readonly FeatureMap _map;

    public AnswerModel(TreeModelFile file, TopicModel? topic)
    {
        File = file;
        Topic = topic;
        _trees = file.Ensemble();
        _map = new FeatureMap(file.Features, CandidateSignals.Names);
        AnswerThreshold = file.Cut(AnswerCut);
        ClarifyThreshold = file.Cut(ClarifyCut);
    }

    public TreeModelFile File { get; }

    /// <summary>The topic model whose probabilities the trees read; null for the lexical model.</summary>
    public TopicModel? Topic { get; }

    public double AnswerThreshold { get; }

    public double ClarifyThreshold { get; }

    public const string DataDescription = "examples/questions, the corpus or its vocabulary files";

    /// <summary>The shipped models for this mode, checked against the shipped examples and the corpus it is given.</summary>
    public static AnswerModel Shipped(bool semantic, CorpusFingerprintInput corpus)
    {
        var name = semantic ? Name : LexicalName;
        return new AnswerModel(
            ModelResources.LoadTrees(name, Fingerprint(name, ExampleSet.Embedded, corpus), DataDescription),
            semantic ? new TopicModel(ModelResources.Load(TopicModel.Name, Fingerprint(TopicModel.Name, ExampleSet.Embedded, corpus), DataDescription)) : null);
    }

    public static string Fingerprint(string name, ExampleSet examples, CorpusFingerprintInput corpus)
    {
        var fingerprint = examples.AddTo(new DataFingerprint().Add("model", name).Add("embedding", SemanticIndex.ModelName), ExampleSet.QuestionsFolder);
        foreach (var passage in corpus.Passages)
        {
            fingerprint.Add(passage.Id, string.Join("\n", passage.Questions.Prepend(passage.Heading).Append(passage.Text)));
        }

        foreach (var (file, text) in corpus.Files)
        {
            fingerprint.Add(file, text);
        }

        return fingerprint.Finish();
    }

    /// <summary>The probability that the candidate whose signals are <paramref name="signals"/> answers the question.</summary>
    public double Probability(ReadOnlySpan<float> signals)
    {
        Span<float> features = stackalloc float[_map.Count];
        _map.Fill(features, [], "", signals);
        return _trees.Probability(features);
    }
}

/// <summary>The corpus as the answer model's fingerprint reads it: its passages and its vocabulary files (name, text).</summary>
internal sealed record CorpusFingerprintInput(IReadOnlyList<Passage> Passages, IReadOnlyList<(string Name, string Text)> Files);
