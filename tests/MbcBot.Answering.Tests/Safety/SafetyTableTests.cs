using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Safety;

/// <summary>
/// The safety table (TestData/safety-table.tsv: verdict, message; written for these tests): every kind of emergency,
/// relatives, typos, other languages, long messages, negations, past events, general questions. It must pass in full
/// with the rules alone and with the semantic net on.
/// </summary>
public sealed class SafetyTableTests
{
    private static readonly SafetyTriage RulesOnly = new();

    private static readonly Lazy<SafetyTriage> WithSemanticNet = new(() => new SafetyTriage(null, SharedSentenceModel.RedFlags, null, null));

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
        foreach (var category in new[]
        {
            TriageCategories.SpinalCordCompression, TriageCategories.Seizure, TriageCategories.Breathing, TriageCategories.ChestPain,
            TriageCategories.Fever, TriageCategories.Bleeding, TriageCategories.Stroke, TriageCategories.Crisis, TriageCategories.Collapse,
            TriageCategories.Overdose, TriageCategories.HeadInjury, TriageCategories.SuddenHeadache, TriageCategories.Confusion,
            TriageCategories.Unresponsive, TriageCategories.AllergicReaction,
        })
        {
            Assert.Contains("emergency:" + category, rows);
        }

        Assert.True(rows.Count(r => r == "none") >= 100, "at least 100 messages that must not escalate");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Classify_RulesOnly_MatchesTable(string expected, string message) => AssertVerdict(expected, RulesOnly.Classify(message));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Classify_WithSemanticNet_MatchesTable(string expected, string message) =>
        AssertVerdict(expected, WithSemanticNet.Value.Classify(message));

    private static void AssertVerdict(string expected, TriageResult actual)
    {
        var got = $"{actual.Kind.ToString().ToLowerInvariant()}:{actual.Category} ({actual.Reason})";
        switch (expected)
        {
            case "none":
                Assert.True(actual.Kind is TriageKind.None or TriageKind.SmallTalk, got);
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
}
