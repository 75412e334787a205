using MbcBot.Answering.Learning;

namespace MbcBot.Training;

/// <summary>
/// How examples are held out. By hand: every file is one writer, so a model measured on a file it was not fitted on
/// meets that writer's wording for the first time (cross-validated predictions, which choose the cuts). By register:
/// leave-one-register-out, a way of writing the model has never seen.
/// </summary>
internal static class Folds
{
    public static IEnumerable<(string Name, Func<LabelledExample, bool> Held)> ByHand(IEnumerable<LabelledExample> examples) =>
        examples.Select(e => e.Hand).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(hand => (hand, (Func<LabelledExample, bool>)(e => e.Hand == hand)));

    /// <summary>
    /// One fold per writer of <paramref name="first"/>, each also holding out writers of <paramref name="second"/>
    /// dealt round in name order (examples/safety's exemplars and s1–s5 beside examples/questions' and
    /// examples/dialogue's curators and q1–q5), so every message of both sets is predicted once by a model that never
    /// saw its writer's file.
    /// </summary>
    public static IEnumerable<(string Name, Func<LabelledExample, bool> Held)> Paired(
        IEnumerable<LabelledExample> first, IEnumerable<LabelledExample> second)
    {
        var a = first.Select(e => e.Hand).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var b = second.Select(e => e.Hand).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return a.Select((hand, k) =>
        {
            var dealt = b.Where((_, j) => j % a.Length == k).ToHashSet(StringComparer.Ordinal);
            return (string.Join("+", dealt.Prepend(hand)), (Func<LabelledExample, bool>)(e => e.Hand == hand || dealt.Contains(e.Hand)));
        });
    }

    /// <summary>
    /// The validation set's metrics rows: the whole set, then one per file (v1, v2…, in name order), each with its
    /// predictions, so every trainer reports the same rows.
    /// </summary>
    public static IEnumerable<(string Name, T[] Examples, TPrediction[] Predictions)> ValidationRows<T, TPrediction>(
        IReadOnlyList<T> examples, IReadOnlyList<TPrediction> predictions, Func<T, LabelledExample> labelled)
    {
        yield return ("validation (written separately)", [.. examples], [.. predictions]);
        foreach (var file in Enumerable.Range(0, examples.Count).GroupBy(i => labelled(examples[i]).Hand, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return ($"validation {file.Key}", [.. file.Select(i => examples[i])], [.. file.Select(i => predictions[i])]);
        }
    }

    public static IEnumerable<(string Name, Func<LabelledExample, bool> Held)> ByRegister(IEnumerable<LabelledExample> examples) =>
        examples.Select(e => e.Register).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(register => (register, (Func<LabelledExample, bool>)(e => e.Register == register)));

    /// <summary>
    /// Weights that give every class the same total, so a rare category counts as much as the common "none" when the
    /// model is fitted.
    /// </summary>
    public static float[] Balanced(IReadOnlyList<int> labels, int classes)
    {
        var counts = new int[classes];
        foreach (var label in labels) counts[label]++;
        var present = counts.Count(c => c > 0);
        return [.. labels.Select(label => (float)labels.Count / (present * counts[label]))];
    }

    /// <summary>
    /// Weights that give every group the same total and, within a group, every class the same share: the emergency
    /// categories together weigh as much as the ordinary messages, so fifteen categories do not outvote "none".
    /// </summary>
    public static float[] GroupBalanced(IReadOnlyList<int> labels, Func<int, int> groupOf)
    {
        var perClass = labels.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var classesPerGroup = perClass.Keys.GroupBy(groupOf).ToDictionary(g => g.Key, g => g.Count());
        var groups = classesPerGroup.Count;
        return [.. labels.Select(label => (float)labels.Count / (groups * classesPerGroup[groupOf(label)] * perClass[label]))];
    }

    /// <summary>
    /// Runs <paramref name="fit"/> for every fold on all cores: each fold's fit is independent and single-threaded, and
    /// writes only its own held-out slots, so the results do not depend on the order folds finish in.
    /// </summary>
    public static void InParallel<T>(IEnumerable<T> folds, Action<T> fit) =>
        Parallel.ForEach(folds.ToArray(), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fit);
}
