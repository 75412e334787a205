using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;

namespace MbcBot.Training;

/// <summary>
/// Fits the triage models (<see cref="TriageModel"/>) on examples/safety and chooses their cuts on cross-validated
/// predictions (each writer's file held out in turn), for recall: the union of the rules and the model must catch at
/// least <see cref="RecallTarget"/> of the English emergencies. Then measures: cross-validated, leave-one-register-out,
/// and on the separately written validation set, which plays no part in fitting or cutting.
/// </summary>
internal sealed class TriageTrainer(TrainingData data, Action<string> log)
{
    /// <summary>
    /// The share of cross-validated emergencies the union must catch. Holding out a writer holds out that writer's
    /// registers too, which makes these predictions harsher than the bot's (a stranger's wording, in registers the
    /// model has seen): at this target the cut keeps every validation emergency (docs/learning.md).
    /// </summary>
    public const double RecallTarget = 0.99;

    /// <summary>The share of general questions the advice cut may defer, at most, on cross-validated predictions.</summary>
    public const double GeneralDeferralLimit = 0.04;

    /// <summary>How often the model's own escalations must be emergencies above the confident cut.</summary>
    public const double ConfidentPrecision = 0.9;

    /// <summary>How often the named category must be right above the category cut.</summary>
    public const double CategoryPrecision = 0.9;

    /// <summary>A word or pair of words must be in this many training messages to be a feature.</summary>
    public const int MinMessages = 3;

    private static readonly float[] L2Grid = [0.03f, 0.1f, 0.3f];

    public (ModelFile Model, ModelFile Categories, IReadOnlyList<TriageScore> Scores) Train(string fingerprint)
    {
        // Every labelled question and conversational message is an ordinary message too: without them the model has
        // never seen "thanks" or "g'day" and reads them as near its prior. They are held out with their writer's safety
        // file, so the cross-validated figures count the ordinary messages a model escalates or notes.
        var safety = data.Examples.Safety;
        var ordinary = data.Examples.Questions.Concat(data.Examples.Dialogue).ToArray();
        var examples = safety.Concat(ordinary).ToArray();
        var validation = data.Validation.Safety.Concat(data.Validation.Questions).Concat(data.Validation.Dialogue).ToArray();
        data.ReadAll(examples.Concat(validation).Select(e => e.Text), log);

        var best = (L2: 0f, Predictions: (IReadOnlyList<Prediction>)[], Cuts: default(Cuts), FalseAlarms: double.MaxValue);
        foreach (var l2 in L2Grid)
        {
            var predictions = CrossValidated(examples, Folds.Paired(safety, ordinary), l2);
            var chosen = ChooseCuts(examples, predictions);
            var falseAlarms = Score("cross-validated", examples, predictions, chosen).AlarmRate;
            log($"train: triage l2={l2}: emergency cut {chosen.Emergency:F4}, confident {chosen.Confident:F4}, cross-validated near-misses and ordinary messages escalated or noted {falseAlarms:P1}");
            if (falseAlarms < best.FalseAlarms) best = (l2, predictions, chosen, falseAlarms);
        }

        var final = (Words: FitWords(examples, best.L2), Categories: FitCategories(examples));
        var finalModel = Model(final.Words, final.Categories);
        var cuts = best.Cuts;
        var scores = new List<TriageScore>
        {
            Score("cross-validated (by writer)", examples, best.Predictions, cuts),
        };
        var validated = validation.Select(e => Predict(finalModel, e)).ToArray();
        scores.AddRange(Folds.ValidationRows(validation, validated, e => e).Select(v => Score(v.Name, v.Examples, v.Predictions, cuts)));

        var registers = Folds.ByRegister(examples).ToArray();
        var byRegister = new TriageScore[registers.Length];
        Folds.InParallel(Enumerable.Range(0, registers.Length), r =>
        {
            var (register, held) = registers[r];
            var heldOut = examples.Where(held).ToArray();
            var training = examples.Where(e => !held(e)).ToArray();
            var model = Model(FitWords(training, best.L2), FitCategories(training));
            byRegister[r] = Score($"without {register}", heldOut, [.. heldOut.Select(e => Predict(model, e))], cuts);
        });
        scores.AddRange(byRegister);

        var words = File(TriageModel.Name, fingerprint, final.Words, new Dictionary<string, double>
        {
            [TriageModel.EmergencyCut] = cuts.Emergency,
            [TriageModel.ConfidentCut] = cuts.Confident,
            [TriageModel.AdviceCut] = cuts.Advice,
            ["l2"] = best.L2,
        });
        var categories = File(TriageModel.CategoryName, fingerprint, final.Categories, new Dictionary<string, double>
        {
            [TriageModel.CategoryCut] = cuts.Category,
        });
        return (words, categories, scores);
    }

    private static ModelFile File(string name, string fingerprint, LinearClassifier classifier, Dictionary<string, double> cuts) =>
        new(name, fingerprint, classifier.Features, classifier.Classes, classifier.Mean.ToArray(), classifier.Scale.ToArray(),
            [.. classifier.Weights], classifier.Bias.ToArray(), cuts);

    private IReadOnlyList<Prediction> CrossValidated(
        IReadOnlyList<LabelledExample> examples, IEnumerable<(string Name, Func<LabelledExample, bool> Held)> folds, float l2)
    {
        var predictions = new Prediction[examples.Count];
        Folds.InParallel(folds, fold =>
        {
            var training = examples.Where(e => !fold.Held(e)).ToArray();
            var model = Model(FitWords(training, l2), FitCategories(training));
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold.Held(examples[i])) predictions[i] = Predict(model, examples[i]);
            }
        });

        return predictions;
    }

    /// <summary>
    /// The emergency/advice/none classifier over the words and word pairs seen in at least <see cref="MinMessages"/>
    /// messages. Adding the sentence vector made the fit so sure of itself that, held out by writer, some emergencies
    /// scored ~0 and the recall cut fell to 0 (docs/learning.md); words alone keep the cut usable.
    /// </summary>
    private LinearClassifier FitWords(IReadOnlyList<LabelledExample> examples, float l2)
    {
        var texts = examples.Select(e => data.Read(e.Text).Corrected).ToArray();
        var names = FeatureMap.Names(0, Vocabulary.Of(texts, MinMessages), []);
        var map = new FeatureMap(names, TriageSignals.Names);
        var labels = examples.Select(e => IndexOf(TriageModel.Classes, TriageModel.ClassOf(e.Label))).ToArray();
        var weights = Folds.Balanced(labels, TriageModel.Classes.Count);
        var rows = examples.Select((e, i) => new TrainingRow(
            Features(map, texts[i], null, data.RulesOf(e.Text).Signals), labels[i], weights[i])).ToArray();
        return SoftmaxFit.Fit(rows, TriageModel.Classes, names, l2);
    }

    /// <summary>The category classifier: the emergencies' sentence vectors.</summary>
    private LinearClassifier FitCategories(IReadOnlyList<LabelledExample> examples)
    {
        var emergencies = examples.Where(IsEmergency).ToArray();
        var names = FeatureMap.Names(384, [], []);
        var map = new FeatureMap(names, TriageSignals.Names);
        var labels = emergencies.Select(e => IndexOf(TriageCategories.Emergencies, e.Label)).ToArray();
        var weights = Folds.Balanced(labels, TriageCategories.Emergencies.Count);
        var rows = emergencies.Select((e, i) =>
        {
            var read = data.Read(e.Text);
            return new TrainingRow(Features(map, read.Corrected, read.Vectors?.Whole), labels[i], weights[i]);
        }).ToArray();
        return SoftmaxFit.Fit(rows, TriageCategories.Emergencies, names, 0.1f);
    }

    private static float[] Features(FeatureMap map, string text, float[]? vector, float[]? signals = null)
    {
        var features = new float[map.Count];
        map.Fill(features, vector ?? [], text, signals ?? []);
        return features;
    }

    /// <summary>The fitted classifiers as the bot runs them (the cuts are applied by <see cref="Score"/>, not here).</summary>
    private static TriageModel Model(LinearClassifier words, LinearClassifier categories) =>
        new(File(TriageModel.Name, "", words, Placeholder), File(TriageModel.CategoryName, "", categories, Placeholder));

    /// <summary>What the triage would decide, given the models: the rules, and the model on every part of the message.</summary>
    private Prediction Predict(TriageModel triage, LabelledExample example)
    {
        var (rules, signals) = data.RulesOf(example.Text);
        var assessment = triage.Assess(data.Read(example.Text).Units, signals);
        var top = assessment.Categories.Count > 0 ? assessment.Categories[0] : ("", 0);
        return new Prediction(rules, assessment.Strongest.Emergency, top.Item1, top.Item2, assessment.Units[0].Advice);
    }

    private static readonly Dictionary<string, double> Placeholder = new()
    {
        [TriageModel.EmergencyCut] = 1, [TriageModel.ConfidentCut] = 1, [TriageModel.AdviceCut] = 1, [TriageModel.CategoryCut] = 1,
    };

    private Cuts ChooseCuts(IReadOnlyList<LabelledExample> examples, IReadOnlyList<Prediction> predictions)
    {
        // Another language is the rules' (the model reads English); among English emergencies the rules miss, ordered by
        // the model's probability, the cut keeps enough of them for the union to reach the target.
        var english = Enumerable.Range(0, examples.Count).Where(i => examples[i].Register != "other-language").ToArray();
        var emergencies = english.Count(i => IsEmergency(examples[i]));
        var missed = english
            .Where(i => IsEmergency(examples[i]) && predictions[i].Rules.Kind != TriageKind.Emergency)
            .Select(i => predictions[i].Emergency)
            .Order()
            .ToArray();
        var allowedMisses = (int)Math.Floor(emergencies * (1 - RecallTarget));
        var cut = missed.Length == 0 ? 0.5 : missed[Math.Min(allowedMisses, missed.Length - 1)];

        // A little below the last emergency kept, so it is kept however the sums round.
        var emergencyCut = Math.Max(0, cut - 1e-6);

        // Confident: the lowest cut above which the model's own escalations (the rules silent) are emergencies at least
        // ConfidentPrecision of the time; below it, the escalation is a safety note before the answer.
        var modelOnly = english
            .Where(i => predictions[i].Rules.Kind != TriageKind.Emergency && predictions[i].Emergency >= emergencyCut)
            .Select(i => (predictions[i].Emergency, Right: IsEmergency(examples[i])))
            .OrderByDescending(m => m.Emergency)
            .ToArray();
        var confidentCut = 1.0;
        var sure = 0;
        for (var i = 0; i < modelOnly.Length; i++)
        {
            if (modelOnly[i].Right) sure++;
            if ((double)sure / (i + 1) >= ConfidentPrecision) confidentCut = modelOnly[i].Emergency;
        }

        var general = Enumerable.Range(0, examples.Count).Where(i => examples[i].Label == LabelledExample.General).ToArray();
        var generalByRules = general.Count(i => predictions[i].Rules.Kind == TriageKind.Advice);
        var allowed = (int)Math.Floor(general.Length * GeneralDeferralLimit) - generalByRules;
        var generalP = general.Where(i => predictions[i].Rules.Kind != TriageKind.Advice)
            .Select(i => predictions[i].Advice).OrderByDescending(p => p).ToArray();
        var adviceCut = allowed < 0 || generalP.Length == 0 ? 1.0 : generalP[Math.Min(allowed, generalP.Length - 1)] + 1e-6;

        var named = english
            .Where(i => IsEmergency(examples[i]) && predictions[i].Category.Length > 0)
            .Select(i => (predictions[i].Share, Right: predictions[i].Category == examples[i].Label))
            .OrderByDescending(n => n.Share)
            .ToArray();
        var categoryCut = 1.0;
        var right = 0;
        for (var i = 0; i < named.Length; i++)
        {
            if (named[i].Right) right++;
            if ((double)right / (i + 1) >= CategoryPrecision) categoryCut = named[i].Share;
        }

        return new Cuts(emergencyCut, Math.Max(emergencyCut, confidentCut), Math.Min(1, adviceCut), categoryCut);
    }

    private static TriageScore Score(string fold, IReadOnlyList<LabelledExample> examples, IReadOnlyList<Prediction> predictions, Cuts cuts)
    {
        var score = new TriageScore(fold);
        for (var i = 0; i < examples.Count; i++)
        {
            var (example, p) = (examples[i], predictions[i]);
            var byRules = p.Rules.Kind == TriageKind.Emergency;
            var byModel = p.Emergency >= cuts.Emergency;
            var escalated = byRules || byModel;
            var noteOnly = !byRules && byModel && p.Emergency < cuts.Confident;
            var deferred = !escalated && (p.Rules.Kind == TriageKind.Advice || (p.Rules.Kind == TriageKind.None && p.Advice >= cuts.Advice));
            var named = byRules ? p.Rules.Category : p.Share >= cuts.Category ? p.Category : null;
            score.Add(example, escalated, deferred, byRules, named, noteOnly);
        }

        return score;
    }

    private static bool IsEmergency(LabelledExample example) => TriageCategories.Emergencies.Contains(example.Label);

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == name) return i;
        }

        throw new InvalidOperationException($"No class {name}.");
    }

    private readonly record struct Cuts(double Emergency, double Confident, double Advice, double Category);

    private sealed record Prediction(TriageResult Rules, double Emergency, string Category, double Share, double Advice);
}
