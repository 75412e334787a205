using MbcBot.Answering.Learning;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Dialogue;

/// <summary>
/// Reads what a message does in the conversation (<see cref="DialogueActs"/>): a softmax classifier fitted by
/// <c>train</c> on examples/dialogue (thanks, "that didn't help", greetings, questions about the bot, declining or
/// picking options, follow-ups, off-topic messages) and on every labelled question (as "question"). A conversational
/// act counts only when its probability reaches the cut chosen for precision on cross-validated predictions; anything
/// less sure is read as a question, so a question is never swallowed as small talk. <see cref="Name"/> reads the
/// sentence vector; <see cref="LexicalName"/> only words, for a bot without the model. Immutable and thread-safe.
/// </summary>
public sealed class ActModel
{
    public const string Name = "acts";
    public const string LexicalName = "acts-lexical";

    /// <summary>The cut on a conversational act's probability.</summary>
    public const string ActCut = "act";

    private readonly LinearClassifier _classifier;
    private readonly FeatureMap _map;
    private readonly int _question;

    public ActModel(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        _classifier = file.Classifier();
        _map = new FeatureMap(file.Features, ActSignals.Names);
        _question = _classifier.ClassIndex(DialogueActs.Question);
        Threshold = file.Cut(ActCut);
    }

    public ModelFile File { get; }

    public double Threshold { get; }

    /// <summary>Whether the model reads sentence vectors.</summary>
    public bool ReadsEmbedding => _map.ReadsEmbedding;

    public const string DataDescription = "examples/dialogue, examples/questions or examples/safety";

    /// <summary>The shipped model for this mode, checked against the shipped examples.</summary>
    public static ActModel Shipped(bool semantic) =>
        new(ModelResources.Load(semantic ? Name : LexicalName, Fingerprint(semantic ? Name : LexicalName, ExampleSet.Embedded), DataDescription));

    /// <summary>What the model is fitted on: every example (questions and safety messages are its "question" class).</summary>
    public static string Fingerprint(string name, ExampleSet examples) =>
        examples.AddTo(new DataFingerprint().Add("model", name).Add("embedding", SemanticIndex.ModelName),
            ExampleSet.DialogueFolder, ExampleSet.QuestionsFolder, ExampleSet.SafetyFolder).Finish();

    /// <summary>
    /// The act of <paramref name="message"/>: <see cref="ActReading.Act"/> is the most likely act when it reaches the cut,
    /// else <see cref="DialogueActs.Question"/>; <see cref="ActReading.Likeliest"/> is the most likely act whatever its
    /// probability, for a message the pages do not answer anyway.
    /// </summary>
    public ActReading Read(ReadMessage message)
    {
        var probabilities = Probabilities(message.Corrected, message.Vectors?.Whole);
        var top = 0;
        for (var k = 1; k < probabilities.Length; k++)
        {
            if (probabilities[k] > probabilities[top]) top = k;
        }

        var likeliest = _classifier.Classes[top];
        return top != _question && probabilities[top] >= Threshold
            ? new ActReading(likeliest, probabilities[top], likeliest)
            : new ActReading(DialogueActs.Question, probabilities[_question], likeliest);
    }

    /// <summary>Every act's probability, in <see cref="LinearClassifier.Classes"/> order.</summary>
    public float[] Probabilities(string text, float[]? vector)
    {
        var features = new float[_map.Count];
        _map.Fill(features, vector ?? [], text, ActSignals.Compute(text));
        return _classifier.Probabilities(features);
    }

    public IReadOnlyList<string> Classes => _classifier.Classes;
}

/// <summary>What <see cref="ActModel"/> made of a message.</summary>
/// <param name="Act">The act taken: a conversational act above the cut, else <see cref="DialogueActs.Question"/>.</param>
/// <param name="Probability">The taken act's probability.</param>
/// <param name="Likeliest">The most likely act, above the cut or not.</param>
public readonly record struct ActReading(string Act, double Probability, string Likeliest);
