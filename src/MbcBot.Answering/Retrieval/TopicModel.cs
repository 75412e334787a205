using MbcBot.Answering.Learning;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Which passage a question asks for, read from its sentence vector: a softmax classifier fitted by <c>train</c> on the
/// labelled questions (one class per passage, a question that several passages answer counting for each; and
/// <see cref="None"/> for the questions the pages do not answer). Its probabilities are signals of the answer decision
/// (<see cref="CandidateSignals"/>): with some forty questions a passage, written in many voices, it knows how each
/// passage is asked better than any one similarity does. Immutable and thread-safe.
/// </summary>
internal sealed class TopicModel
{
    public const string Name = "topic";

    /// <summary>The class of a question the pages do not answer.</summary>
    public const string None = "none";

    private readonly LinearClassifier _classifier;
    private readonly FeatureMap _map;

    public TopicModel(ModelFile file)
    {
        File = file;
        _classifier = file.Classifier();
        _map = new FeatureMap(file.Features, []);
    }

    public TopicModel(LinearClassifier classifier)
        : this(new ModelFile(Name, "", classifier.Features, classifier.Classes, classifier.Mean.ToArray(), classifier.Scale.ToArray(),
            [.. classifier.Weights], classifier.Bias.ToArray(), new Dictionary<string, double>()))
    {
    }

    public ModelFile File { get; }

    /// <summary>
    /// Each class's probability (passage ids and <see cref="None"/>) for a question's sentence vector and its corrected
    /// text (whose words the model reads beside the vector).
    /// </summary>
    public Dictionary<string, double> Probabilities(float[] vector, string corrected)
    {
        var features = new float[_map.Count];
        _map.Fill(features, vector, corrected, []);
        var p = _classifier.Probabilities(features);
        var result = new Dictionary<string, double>(p.Length, StringComparer.Ordinal);
        for (var k = 0; k < p.Length; k++)
        {
            result[_classifier.Classes[k]] = p[k];
        }

        return result;
    }
}
