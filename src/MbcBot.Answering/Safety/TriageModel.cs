using MbcBot.Answering.Learning;
using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The learned half of the triage, beside the rules (<see cref="SafetyTriage"/>), fitted by <c>train</c> on
/// examples/safety (every emergency category, near-misses, advice and general questions, in many registers). Two small
/// softmax classifiers:
/// <list type="bullet">
/// <item><see cref="Name"/> reads the words and word pairs of the message, negations marked (<see cref="WordGrams"/>),
/// and gives the probabilities of emergency, advice and an ordinary message. Word pairs read what sentence vectors
/// blur: "not_numbness", "as prescribed", "last year"; on messages from writers it had not seen, it separated
/// emergencies from near-misses better than the vectors did (docs/learning.md). It decides on the whole message: a
/// red flag's words count however calm the rest is, and scoring each sentence alone raised false alarms without
/// catching more (docs/learning.md). Each sentence's probabilities are still shown by <c>ask --explain</c>.</item>
/// <item><see cref="CategoryName"/> reads the message's sentence vector and names the category, for the reply's
/// numbers (988 for a crisis, Poison Control for an overdose). When it is unsure, the reply names them all.</item>
/// </list>
/// A message escalates when its emergency probability reaches the cut chosen for recall on cross-validated
/// predictions; below the confident cut (chosen for precision) the escalation is a safety note before the answer, so a
/// near-miss the model is unsure of still gets its answer. Immutable and thread-safe.
/// </summary>
public sealed class TriageModel
{
    public const string Name = "triage";
    public const string CategoryName = "triage-category";

    public const string EmergencyClass = "emergency";
    public const string AdviceClass = "advice";
    public const string NoneClass = "none";

    /// <summary>The cut on a part's emergency probability.</summary>
    public const string EmergencyCut = "emergency";

    /// <summary>The cut at or above which the model is sure enough for the escalation to replace the answer.</summary>
    public const string ConfidentCut = "confident";

    /// <summary>The cut on the whole message's advice probability.</summary>
    public const string AdviceCut = "advice";

    /// <summary>Below this probability of the top category, the reply names every number.</summary>
    public const string CategoryCut = "category";

    public static readonly IReadOnlyList<string> Classes = [EmergencyClass, AdviceClass, NoneClass];

    private readonly LinearClassifier _classifier;
    private readonly FeatureMap _map;
    private readonly LinearClassifier? _categories;
    private readonly FeatureMap? _categoryMap;
    private readonly int _emergency;
    private readonly int _advice;

    /// <param name="file">The emergency/advice/none classifier.</param>
    /// <param name="categories">The category classifier; null names no category (the reply then names every number).</param>
    public TriageModel(ModelFile file, ModelFile? categories)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        _classifier = file.Classifier();
        _map = new FeatureMap(file.Features, TriageSignals.Names);
        _emergency = _classifier.ClassIndex(EmergencyClass);
        _advice = _classifier.ClassIndex(AdviceClass);
        EmergencyThreshold = file.Cut(EmergencyCut);
        ConfidentThreshold = file.Cut(ConfidentCut);
        AdviceThreshold = file.Cut(AdviceCut);
        if (categories is not null)
        {
            _categories = categories.Classifier();
            _categoryMap = new FeatureMap(categories.Features, TriageSignals.Names);
            CategoryThreshold = categories.Cut(CategoryCut);
        }
    }

    public ModelFile File { get; }

    public double EmergencyThreshold { get; }

    public double ConfidentThreshold { get; }

    public double AdviceThreshold { get; }

    public double CategoryThreshold { get; } = 1;

    /// <summary>Whether a model reads sentence vectors (the category model does).</summary>
    public bool ReadsEmbedding => _map.ReadsEmbedding || _categoryMap?.ReadsEmbedding == true;

    /// <summary>
    /// The class an example's label trains: emergency (any emergency category), advice, or none (near-misses, general
    /// questions, and every labelled question and conversational message).
    /// </summary>
    public static string ClassOf(string label) =>
        label == LabelledExample.Advice ? AdviceClass : TriageCategories.Emergencies.Contains(label) ? EmergencyClass : NoneClass;

    public const string DataDescription = "examples/ or corpus/red-flags.json";

    /// <summary>
    /// The shipped models, checked against the shipped examples and red-flag table; with the sentence model, the
    /// category model too (without it, the reply to the model's escalation names every number).
    /// </summary>
    public static TriageModel Shipped(bool semantic)
    {
        var fingerprint = Fingerprint(ExampleSet.Embedded, RedFlagTable.DefaultText);
        return new TriageModel(
            ModelResources.Load(Name, fingerprint, DataDescription),
            semantic ? ModelResources.Load(CategoryName, fingerprint, DataDescription) : null);
    }

    /// <summary>
    /// What the models are fitted on: the safety examples, the labelled questions and conversational messages (the
    /// ordinary messages), the red-flag rules (the signals come from them) and the sentence model.
    /// </summary>
    public static string Fingerprint(ExampleSet examples, string redFlagsJson) =>
        examples.AddTo(new DataFingerprint().Add("model", Name).Add("embedding", SemanticIndex.ModelName),
                ExampleSet.SafetyFolder, ExampleSet.QuestionsFolder, ExampleSet.DialogueFolder)
            .Add("corpus/red-flags.json", redFlagsJson)
            .Finish();

    /// <summary>Assesses every unit (the whole message first, then its parts).</summary>
    public TriageAssessment Assess(IReadOnlyList<(string Text, float[]? Vector)> units, ReadOnlySpan<float> signals)
    {
        var scores = new UnitScore[units.Count];
        var probabilities = new float[_classifier.Classes.Count];
        var features = new float[_map.Count];
        for (var u = 0; u < units.Count; u++)
        {
            Array.Clear(features);
            _map.Fill(features, units[u].Vector ?? [], units[u].Text, signals);
            _classifier.Probabilities(features, probabilities);
            scores[u] = new UnitScore(probabilities[_emergency], probabilities[_advice]);
        }

        return new TriageAssessment(scores, 0, Categorise(units[0], signals), this);
    }

    /// <summary>The emergency categories by probability for one unit, most likely first; empty without the category model or a vector.</summary>
    public IReadOnlyList<(string Category, double P)> Categorise((string Text, float[]? Vector) unit, ReadOnlySpan<float> signals)
    {
        if (_categories is null || _categoryMap is null || (_categoryMap.ReadsEmbedding && unit.Vector is null)) return [];
        var features = new float[_categoryMap.Count];
        _categoryMap.Fill(features, unit.Vector ?? [], unit.Text, signals);
        var p = _categories.Probabilities(features);
        return [.. _categories.Classes.Select((c, k) => (c, (double)p[k])).OrderByDescending(c => c.Item2)];
    }
}

/// <summary>What the triage model made of one unit of a message.</summary>
/// <param name="Emergency">The probability that it reports an emergency now.</param>
/// <param name="Advice">The probability that it asks for personal advice.</param>
public sealed record UnitScore(double Emergency, double Advice);

/// <summary>The triage model's reading of a message: each unit's scores (the whole first), the unit that decides, its categories.</summary>
public sealed record TriageAssessment(IReadOnlyList<UnitScore> Units, int Firing, IReadOnlyList<(string Category, double P)> Categories, TriageModel Model)
{
    public UnitScore Strongest => Units[Firing];

    public bool Emergency => Strongest.Emergency >= Model.EmergencyThreshold;

    /// <summary>Whether the model is sure enough for the escalation to replace the answer (else a safety note goes first).</summary>
    public bool Confident => Strongest.Emergency >= Model.ConfidentThreshold;

    /// <summary>The category to reply for, or null when the model is unsure which (the reply then names every number).</summary>
    public string? Category => Categories.Count > 0 && Categories[0].P >= Model.CategoryThreshold ? Categories[0].Category : null;

    /// <summary>Advice is judged on the whole message (the first unit).</summary>
    public bool Advice => Units[0].Advice >= Model.AdviceThreshold;
}
