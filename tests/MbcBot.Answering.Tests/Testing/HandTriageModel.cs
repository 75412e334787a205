using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// A triage model written by hand over made-up words, so a test of the triage's mechanics states exactly what the model
/// says: "zorble" reads as an emergency the model is unsure of (p ≈ 0.95, between the emergency cut 0.5 and the
/// confident cut 0.99), "blorp" as a sure one (p ≈ 0.9999), "glimfy" as a request for advice (p ≈ 0.95). Any other
/// message is ordinary (p(none) ≈ 0.9). The category model names "crisis" for "zorble" (p ≈ 0.99, above its cut 0.8)
/// and is unsure for "blorp" (p 0.5).
/// </summary>
internal static class HandTriageModel
{
    public const double EmergencyCut = 0.5;
    public const double ConfidentCut = 0.99;
    public const double AdviceCut = 0.5;
    public const double CategoryCut = 0.8;

    public static TriageModel Create(bool withCategories = true) => new(Words(), withCategories ? Categories() : null);

    public static ModelFile Words() => new(
        TriageModel.Name,
        "test",
        Features: ["w:zorble", "w:blorp", "w:glimfy"],
        Classes: TriageModel.Classes, // emergency, advice, none
        Mean: [0, 0, 0],
        Scale: [1, 1, 1],
        Weights:
        [
            [6, 12, 0],
            [0, 0, 6],
            [0, 0, 0],
        ],
        Bias: [0, 0, 3],
        Cuts: new Dictionary<string, double>
        {
            [TriageModel.EmergencyCut] = EmergencyCut,
            [TriageModel.ConfidentCut] = ConfidentCut,
            [TriageModel.AdviceCut] = AdviceCut,
        });

    public static ModelFile Categories() => new(
        TriageModel.CategoryName,
        "test",
        Features: ["w:zorble"],
        Classes: [TriageCategories.Breathing, TriageCategories.Crisis],
        Mean: [0],
        Scale: [1],
        Weights: [[0], [5]],
        Bias: [0, 0],
        Cuts: new Dictionary<string, double> { [TriageModel.CategoryCut] = CategoryCut });
}
