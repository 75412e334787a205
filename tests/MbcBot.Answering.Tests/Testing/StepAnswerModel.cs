using MbcBot.Answering.Learning;
using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// Answer models written by hand for tests on tiny corpora, so a test states exactly what the decision reads: one tree
/// splitting on one signal (<see cref="CandidateSignals.Names"/>) at <c>threshold</c>, with a Platt calibration of slope
/// -1 and offset 0, so a candidate whose signal is at or below the threshold gets probability <c>below</c> and one
/// above it <c>above</c>.
/// </summary>
internal static class StepAnswerModel
{
    public static AnswerModel On(string signal, double threshold, double below, double above, double answerCut = 0.5, double clarifyCut = 0.3) =>
        new(File(signal, threshold, below, above, answerCut, clarifyCut), topic: null);

    public static TreeModelFile File(string signal, double threshold, double below, double above, double answerCut, double clarifyCut) => new(
        AnswerModel.LexicalName,
        TrainedOn: "test",
        Features: [signal],
        Trees: [new TreeEnsemble.Tree([0], [(float)threshold], [~0], [~1], [Logit(below), Logit(above)])],
        Slope: -1,
        Offset: 0,
        Cuts: new Dictionary<string, double> { [AnswerModel.AnswerCut] = answerCut, [AnswerModel.ClarifyCut] = clarifyCut });

    /// <summary>The score whose calibrated probability is <paramref name="p"/>.</summary>
    private static double Logit(double p) => Math.Log(p / (1 - p));
}
