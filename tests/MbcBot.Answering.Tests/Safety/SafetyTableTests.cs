using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Safety;

/// <summary>
/// The safety table (TestData/safety-table.tsv: verdict, message; written for these tests): every kind of emergency,
/// relatives, typos, other languages, long messages, negations, past events, general questions. It must pass in full
/// with the rules alone, and with the shipped triage model beside them (the real service's triage) no row may lose its
/// escalation, its category or its answer. The separately written validation examples (examples/validation/safety,
/// never trained on) measure the union: <see cref="ValidationSet_RulesAndModel_HoldTheirFloors"/>.
/// </summary>
public sealed class SafetyTableTests(ITestOutputHelper output)
{
    private static readonly SafetyTriage RulesOnly = new();

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "TestData", "safety-table.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            data.Add(line[..tab], line[(tab + 1)..]);
        }

        return data;
    }

    [Fact]
    public void Table_HasAtLeast300Rows_WithEveryEmergencyCategory()
    {
        var rows = Rows().Select(r => r.Data.Item1).ToList();

        Assert.True(rows.Count >= 300, $"{rows.Count} rows");
        foreach (var category in TriageCategories.Emergencies)
        {
            Assert.Contains("emergency:" + category, rows);
        }

        Assert.True(rows.Count(r => r == "none") >= 100, "at least 100 messages that must not escalate");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Classify_RulesOnly_MatchesTable(string expected, string message) => AssertVerdict(expected, RulesOnly.Classify(message), withModel: false);

    /// <summary>The rows that must escalate or get the other-language reply: the model beside the rules can never take that away.</summary>
    public static TheoryData<string, string> EscalationRows() =>
        [.. Rows().Where(r => r.Data.Item1.StartsWith("emergency", StringComparison.Ordinal) || r.Data.Item1.StartsWith("smalltalk", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(EscalationRows))]
    public void Classify_WithTriageModel_EscalationRowsKeepTheirVerdict(string expected, string message) =>
        AssertVerdict(expected, TestAnswerServices.Triage.Classify(message), withModel: true);

    /// <summary>
    /// The rows that must not escalate (none) or must be deferred (advice), with the model beside the rules. The model
    /// may add a safety note before the answer; what it may do only this often (floors at what the shipped models
    /// measure, the offending rows printed): escalate instead of answering, defer an ordinary question to the care
    /// team, or turn an advice request into a safety note (the referral is then lost: the message is answered).
    /// </summary>
    [Fact]
    public void Classify_WithTriageModel_OrdinaryAndAdviceRowsWithinFloors()
    {
        var triage = TestAnswerServices.Triage;
        var (ordinary, advice) = (0, 0);
        var escalated = new List<string>();
        var noted = new List<string>();
        var deferred = new List<string>();
        var adviceLost = new List<string>();
        foreach (var (expected, message) in Rows().Select(r => r.Data))
        {
            if (expected is not ("none" or "advice")) continue;
            var verdict = triage.Classify(message);
            var line = $"{message} -> {verdict.Kind}:{verdict.Category} ({verdict.Reason})";
            if (expected == "none")
            {
                ordinary++;
                if (verdict is { Kind: TriageKind.Emergency, Confident: true }) escalated.Add(line);
                else if (verdict.Kind == TriageKind.Emergency) noted.Add(line);
                else if (verdict.Kind == TriageKind.Advice) deferred.Add(line);
            }
            else
            {
                advice++;
                if (verdict.Kind != TriageKind.Advice) adviceLost.Add(line);
            }
        }

        output.WriteLine($"ordinary rows: {escalated.Count}/{ordinary} escalated, {noted.Count}/{ordinary} noted, {deferred.Count}/{ordinary} deferred; advice rows not deferred: {adviceLost.Count}/{advice}");
        foreach (var (what, list) in new[] { ("escalated", escalated), ("noted", noted), ("deferred", deferred), ("advice lost", adviceLost) })
        {
            list.ForEach(l => output.WriteLine($"{what}: {l}"));
        }

        // Measured with the models of d65d05a: 1 escalated, 25 noted, 1 deferred, 2 advice requests not deferred.
        Assert.True(escalated.Count <= 1, "escalated instead of answered:\n" + string.Join("\n", escalated));
        Assert.True(noted.Count <= 27, "noted:\n" + string.Join("\n", noted));
        Assert.True(deferred.Count <= 1, "deferred:\n" + string.Join("\n", deferred));
        Assert.True(adviceLost.Count <= 2, "advice lost:\n" + string.Join("\n", adviceLost));
    }

    private static void AssertVerdict(string expected, TriageResult actual, bool withModel)
    {
        // With the model, an unsure escalation is a safety note before the reply the message otherwise gets: that reply
        // is what a row expecting no emergency is checked against.
        if (withModel && !expected.StartsWith("emergency", StringComparison.Ordinal) && actual is { Kind: TriageKind.Emergency, Confident: false, Otherwise: { } otherwise })
        {
            actual = otherwise;
        }

        var got = $"{actual.Kind.ToString().ToLowerInvariant()}:{actual.Category} ({actual.Reason}, confident {actual.Confident})";
        switch (expected)
        {
            case "none":
                // With the model, an unsure escalation is a safety note before the answer: the message keeps its answer.
                Assert.True(actual.Kind is TriageKind.None or TriageKind.SmallTalk || (withModel && actual is { Kind: TriageKind.Emergency, Confident: false }), got);
                break;
            case "advice" or "smalltalk" or "emergency":
                Assert.True(actual.Kind.ToString().Equals(expected, StringComparison.OrdinalIgnoreCase), got);
                break;
            default:
                var (kind, category) = (expected[..expected.IndexOf(':')], expected[(expected.IndexOf(':') + 1)..]);
                Assert.True(actual.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && actual.Category == category, got);
                break;
        }
    }

    /// <summary>
    /// Floors a bit below what the shipped models measure on examples/validation/safety (this test's output; compare
    /// models/METRICS.md), so a regression fails here. Every labelled English emergency must escalate.
    /// </summary>
    [Fact]
    public void ValidationSet_RulesAndModel_HoldTheirFloors()
    {
        var validation = ExampleSet.Load(Path.Combine(RepositoryPaths.Root, "examples", "validation"));
        Assert.NotEmpty(validation.Safety);
        var triage = TestAnswerServices.Triage;
        var (emergencies, caught, notesOnly, rightCategory, nearMisses, alarms, noted, advice, deferred, general, generalDeferred) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var (otherLanguage, otherCaught) = (0, 0);
        var missed = new List<string>();
        var otherMissed = new List<string>();
        var alarmed = new List<string>();
        foreach (var example in validation.Safety)
        {
            var verdict = triage.Classify(example.Text);
            var escalated = verdict.Kind == TriageKind.Emergency;
            var where = $"[{example.Register}] {example.Hand}:{example.Line}";
            switch (example.Label)
            {
                case var label when TriageCategories.Emergencies.Contains(label) && example.Register == "other-language":
                    // Another language is the rules' alone (the model reads English: it is not asked once a message is
                    // read as another language), and the reply to one they miss still says to call 911 if it is an emergency.
                    otherLanguage++;
                    if (escalated) otherCaught++;
                    else otherMissed.Add($"{label} {where} -> {verdict.Kind}:{verdict.Category}: {example.Text}");
                    Assert.True(escalated || verdict.Category == TriageCategories.NonEnglish, $"{where}: {verdict.Kind}:{verdict.Category}");
                    break;
                case var label when TriageCategories.Emergencies.Contains(label):
                    emergencies++;
                    if (escalated) caught++;
                    else missed.Add($"{label} {where}: {example.Text}");
                    if (escalated && !verdict.Confident) notesOnly++;
                    if (escalated && verdict.Category == label) rightCategory++;
                    break;
                case LabelledExample.NearMiss:
                    nearMisses++;
                    if (escalated && verdict.Confident) { alarms++; alarmed.Add($"{where}: {example.Text}"); }
                    if (escalated && !verdict.Confident) noted++;
                    break;
                case LabelledExample.Advice:
                    advice++;
                    if (verdict.Kind == TriageKind.Advice) deferred++;
                    break;
                case LabelledExample.General:
                    general++;
                    if (verdict.Kind is TriageKind.Advice or TriageKind.Emergency) generalDeferred++;
                    break;
            }
        }

        output.WriteLine($"English emergencies escalated {caught}/{emergencies} (as a safety note {notesOnly}, right category {rightCategory})");
        output.WriteLine($"other-language emergencies escalated {otherCaught}/{otherLanguage}; missed (the other-language reply instead): {string.Join(" | ", otherMissed)}");
        output.WriteLine($"near-misses: escalated instead of answered {alarms}/{nearMisses}, answered after a safety note {noted}/{nearMisses}");
        output.WriteLine($"advice deferred {deferred}/{advice}; general questions deferred or escalated {generalDeferred}/{general}");
        output.WriteLine("near-misses escalated: " + string.Join(" | ", alarmed));

        Assert.True(caught == emergencies, $"every labelled English emergency escalates; missed: {string.Join(" | ", missed)}");
        // Measured on every line of validation v1, v2 and v3 with the models trained at
        // 57f0921: other languages 45/45, right category 582/678, near-misses escalated 50/475 and noted 215/475, advice
        // deferred 193/232, general questions deferred or escalated (a note included) 19/234. The floors are rates, so a
        // new validation file moves the count, not the bar.
        Assert.True(otherCaught >= 0.93 * otherLanguage, $"other-language emergencies escalated {otherCaught}/{otherLanguage}");
        Assert.True(rightCategory >= 0.83 * caught, $"right category {rightCategory}/{caught}");
        Assert.True(alarms <= 0.11 * nearMisses, $"near-misses escalated instead of answered: {alarms}/{nearMisses}");
        Assert.True(alarms + noted <= 0.57 * nearMisses, $"near-misses escalated or noted: {alarms + noted}/{nearMisses}");
        Assert.True(deferred >= 0.82 * advice, $"advice deferred {deferred}/{advice}");
        Assert.True(generalDeferred <= 0.09 * general, $"general questions deferred or escalated {generalDeferred}/{general}");
    }
}
