using MbcBot.Answering.Composition;
using MbcBot.Answering.Conversations;
using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// An <see cref="AnswerService"/> on a corpus of three passages (lungs, liver, bones) with models written by hand, so a
/// dialogue test states exactly what each model says: the decision answers a candidate holding more than half of the
/// question's topic words (<see cref="StepAnswerModel"/>), the act model reads one marker word per act
/// (<see cref="Acts"/>), and the triage model is <see cref="HandTriageModel"/> ("zorble" an unsure emergency).
/// </summary>
internal static class TinyAnswerService
{
    public const string Disclaimer = "General information only, not medical advice. Ask your care team about your own situation.";

    public static readonly string[] Examples = ["What are the symptoms in the lungs?", "What are the symptoms in the liver?"];

    /// <summary>The act model's marker words: a message holding one of them is that act (p ≈ 0.99), any other a question.</summary>
    public static readonly IReadOnlyDictionary<string, string> Markers = new Dictionary<string, string>
    {
        ["thanks"] = DialogueActs.Thanks,
        ["unhelpful"] = DialogueActs.NotHelped,
        ["hello"] = DialogueActs.Greeting,
        ["bye"] = DialogueActs.Goodbye,
        ["robot"] = DialogueActs.Identity,
        ["neither"] = DialogueActs.Decline,
        ["football"] = DialogueActs.OffTopic,
        ["what about"] = DialogueActs.FollowUp,
    };

    private static readonly Ingestion.Corpus Corpus = TestCorpora.InMemory(
        ("Lung metastasis", "Symptoms of cancer in the lungs include a cough and shortness of breath.", ["What are the symptoms in the lungs?"]),
        ("Liver metastasis", "Symptoms of cancer in the liver include jaundice and swelling.", ["What are the symptoms in the liver?"]),
        ("Bone metastasis", "Symptoms of cancer in the bones include pain and fractures.", ["What are the symptoms in the bones?"]));

    /// <param name="acts">The act model; null: <see cref="Acts"/>.</param>
    public static AnswerService Create(bool withActs = true, ActModel? acts = null)
    {
        var reader = new MessageReader(NoCorrection.Instance, null);
        var triage = new SafetyTriage(null, HandTriageModel.Create(), reader, null, null);
        var retriever = PassageRetriever.Build(Corpus, TestCorpora.PlainAnalyzer, new RetrievalOptions());
        var finder = new AnswerFinder(triage, reader, retriever, StepAnswerModel.On("coverage", 0.5, below: 0.1, above: 0.9, answerCut: 0.5, clarifyCut: 0.05));
        var followUps = FollowUpQuestions.Build(Corpus, finder, retriever, count: 2);
        return new AnswerService(
            triage, reader, withActs ? acts ?? Acts() : null, retriever, finder, followUps,
            new ReplyComposer(Disclaimer, Examples, Corpus.Documents),
            new InMemoryConversationMemory(100, TimeSpan.FromMinutes(30)),
            maxQuestionLength: 500);
    }

    public static ActModel Acts()
    {
        var classes = DialogueActs.All;
        var features = Markers.Keys.Select(k => WordGrams.Prefix + k).ToArray();
        var weights = classes.Select(act => Markers.Values.Select(a => a == act ? 9f : 0f).ToArray()).ToArray();
        var bias = classes.Select(act => act == DialogueActs.Question ? 3f : 0f).ToArray();
        return new ActModel(new ModelFile(
            ActModel.Name, "test", features, classes, new float[features.Length], [.. features.Select(_ => 1f)], weights, bias,
            new Dictionary<string, double> { [ActModel.ActCut] = 0.9 }));
    }
}
