using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;

namespace MbcBot.Training;

/// <summary>
/// Fits the dialogue-act models (<see cref="ActModel"/>): on examples/dialogue (the acts) and on every labelled
/// question and non-emergency safety message (the "question" act; not-covered questions of kind off-topic are the
/// "off-topic" act). The act cut is chosen on cross-validated predictions: a message is read as a conversational act
/// only above it; anything less sure is a question. The cut keeps questions read as acts to at most <see cref="QuestionsMisread"/> of them.
/// </summary>
internal sealed class ActsTrainer(TrainingData data, Action<string> log)
{
    /// <summary>The share of questions that may be read as a conversational act, at most, on cross-validated predictions.</summary>
    public const double QuestionsMisread = 0.005;

    public const int MinMessages = 3;

    private static readonly float[] L2Grid = [0.1f];

    public (ModelFile Model, IReadOnlyList<ActScore> Scores) Train(string name, bool semantic, string fingerprint)
    {
        var examples = Rows(data.Examples);
        var validation = Rows(data.Validation);
        data.ReadAll(examples.Concat(validation).Select(e => e.Example.Text), log);

        var best = (L2: 0f, Predictions: Array.Empty<(string Act, double P)>(), Accuracy: -1.0);
        foreach (var l2 in L2Grid)
        {
            var predictions = new (string, double)[examples.Count];
            Folds.InParallel(Folds.ByHand(examples.Select(e => e.Example)), fold =>
            {
                var model = Fit(examples.Where(e => !fold.Held(e.Example)).ToArray(), semantic, l2);
                for (var i = 0; i < examples.Count; i++)
                {
                    if (fold.Held(examples[i].Example)) predictions[i] = Predict(model, examples[i]);
                }
            });

            var accuracy = examples.Select((e, i) => predictions[i].Item1 == e.Act ? 1.0 : 0).Average();
            log($"train: {name} l2={l2}: cross-validated accuracy {accuracy:P1}");
            if (accuracy > best.Accuracy) best = (l2, predictions, accuracy);
        }

        var cut = ChooseCut(examples, best.Predictions);
        var final = Fit(examples, semantic, best.L2);
        var scores = new List<ActScore>
        {
            Score("cross-validated (by writer)", examples, best.Predictions, cut),
        };
        var validated = validation.Select(e => Predict(final, e)).ToArray();
        scores.AddRange(Folds.ValidationRows(validation, validated, e => e.Example).Select(v => Score(v.Name, v.Examples, v.Predictions, cut)));
        var registers = Folds.ByRegister(examples.Select(e => e.Example))
            .Where(f => examples.Any(e => f.Held(e.Example) && e.Act != DialogueActs.Question)).ToArray();
        var byRegister = new ActScore[registers.Length];
        Folds.InParallel(Enumerable.Range(0, registers.Length), r =>
        {
            var (register, held) = registers[r];
            var heldOut = examples.Where(e => held(e.Example)).ToArray();
            var model = Fit(examples.Where(e => !held(e.Example)).ToArray(), semantic, best.L2);
            byRegister[r] = Score($"without {register}", heldOut, [.. heldOut.Select(e => Predict(model, e))], cut);
        });
        scores.AddRange(byRegister);

        var file = new ModelFile(name, fingerprint, final.Features, final.Classes, final.Mean.ToArray(), final.Scale.ToArray(),
            [.. final.Weights], final.Bias.ToArray(), new Dictionary<string, double> { [ActModel.ActCut] = cut, ["l2"] = best.L2 });
        return (file, scores);
    }

    /// <summary>Every example with the act it trains.</summary>
    private static IReadOnlyList<ActRow> Rows(ExampleSet set) =>
    [
        .. set.Dialogue.Select(e => new ActRow(e, e.Label)),
        .. set.Questions.Select(e => new ActRow(e, e is { Label: LabelledExample.NotCovered, Kind: DialogueActs.OffTopic } ? DialogueActs.OffTopic : DialogueActs.Question)),
        .. set.Safety.Where(e => e.Label is LabelledExample.NearMiss or LabelledExample.General or LabelledExample.Advice)
            .Select(e => new ActRow(e, DialogueActs.Question)),
    ];

    private LinearClassifier Fit(IReadOnlyList<ActRow> rows, bool semantic, float l2)
    {
        var texts = rows.Select(r => data.Read(r.Example.Text).Corrected).ToArray();
        var names = FeatureMap.Names(semantic ? 384 : 0, Vocabulary.Of(texts, MinMessages), ActSignals.Names);
        var map = new FeatureMap(names, ActSignals.Names);
        var labels = rows.Select(r => IndexOf(r.Act)).ToArray();
        var weights = Folds.Balanced(labels, DialogueActs.All.Count);
        var training = rows.Select((r, i) =>
        {
            var features = new float[map.Count];
            map.Fill(features, data.Read(r.Example.Text).Vectors?.Whole ?? [], texts[i], ActSignals.Compute(texts[i]));
            return new TrainingRow(features, labels[i], weights[i]);
        }).ToArray();
        return SoftmaxFit.Fit(training, DialogueActs.All, names, l2);
    }

    private (string Act, double P) Predict(LinearClassifier classifier, ActRow row)
    {
        var model = new ActModel(new ModelFile("acts", "", classifier.Features, classifier.Classes, classifier.Mean.ToArray(),
            classifier.Scale.ToArray(), [.. classifier.Weights], classifier.Bias.ToArray(), new Dictionary<string, double> { [ActModel.ActCut] = 0 }));
        var read = data.Read(row.Example.Text);
        var p = model.Probabilities(read.Corrected, read.Vectors?.Whole);
        var top = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[top]) top = k;
        }

        return (classifier.Classes[top], p[top]);
    }

    /// <summary>
    /// The lowest cut at which at most <see cref="QuestionsMisread"/> of the questions are read as a conversational act
    /// (a question so read goes unanswered, the one costly mistake).
    /// </summary>
    private static double ChooseCut(IReadOnlyList<ActRow> rows, IReadOnlyList<(string Act, double P)> predictions)
    {
        var questions = Enumerable.Range(0, rows.Count).Where(i => rows[i].Act == DialogueActs.Question).ToArray();
        var misread = questions.Where(i => predictions[i].Act != DialogueActs.Question).Select(i => predictions[i].P).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(questions.Length * QuestionsMisread);
        return allowed >= misread.Length ? 0 : misread[allowed] + 1e-6;
    }

    private static ActScore Score(string fold, IReadOnlyList<ActRow> rows, IReadOnlyList<(string Act, double P)> predictions, double cut)
    {
        var score = new ActScore(fold);
        for (var i = 0; i < rows.Count; i++)
        {
            var read = predictions[i].Act != DialogueActs.Question && predictions[i].P >= cut ? predictions[i].Act : DialogueActs.Question;
            score.Add(rows[i].Act, read, rows[i].Example.Register);
        }

        return score;
    }

    private static int IndexOf(string act)
    {
        for (var i = 0; i < DialogueActs.All.Count; i++)
        {
            if (DialogueActs.All[i] == act) return i;
        }

        throw new InvalidOperationException($"No act {act}.");
    }

    private sealed record ActRow(LabelledExample Example, string Act);
}

/// <summary>How the act reading did on one set: per act, how many were read right; and questions misread as acts.</summary>
internal sealed class ActScore(string fold)
{
    public string Fold { get; } = fold;

    public SortedDictionary<string, (int Total, int Right)> Acts { get; } = new(StringComparer.Ordinal);

    /// <summary>Conversational messages (every act but question) read right.</summary>
    public (int Total, int Right) Conversational { get; private set; }

    /// <summary>Questions read as some other act (they would not be answered).</summary>
    public (int Total, int Misread) Questions { get; private set; }

    public void Add(string truth, string read, string register)
    {
        var act = Acts.GetValueOrDefault(truth);
        Acts[truth] = (act.Total + 1, act.Right + (truth == read ? 1 : 0));
        if (truth == DialogueActs.Question)
        {
            Questions = (Questions.Total + 1, Questions.Misread + (read != truth ? 1 : 0));
        }
        else
        {
            Conversational = (Conversational.Total + 1, Conversational.Right + (read == truth ? 1 : 0));
        }
    }
}
