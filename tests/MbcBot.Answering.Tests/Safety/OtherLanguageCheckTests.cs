using System.Text.RegularExpressions;
using MbcBot.Answering.Safety;
using MbcBot.Testing;

namespace MbcBot.Answering.Tests.Safety;

public sealed class OtherLanguageCheckTests
{
    private static readonly RedFlagTable Table = RedFlagTable.Default;

    [Fact]
    public void Check_TableTextsAndMarkerMixes_SameAsCountingEveryWordAsAString()
    {
        // The check counts words by span; this is the rule counted the plain way, on the safety table's messages and on
        // made-up mixes of each language's markers with English ones (ties, shares at the limit, red flags).
        var check = new OtherLanguageCheck();
        var english = Table.EnglishMarkers.Order(StringComparer.Ordinal).ToArray();
        var texts = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "MbcBot.Answering.Tests", "Safety", "TestData", "safety-table.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l[(l.IndexOf('\t') + 1)..])
            .ToList();
        var random = new Random(20261203);
        foreach (var language in Table.Languages)
        {
            var markers = language.Markers.Order(StringComparer.Ordinal).ToArray();
            for (var n = 0; n < 200; n++)
            {
                var words = Enumerable.Range(0, random.Next(1, 8))
                    .Select(_ => random.Next(3) switch { 0 => english[random.Next(english.Length)], 1 => "cancer", _ => markers[random.Next(markers.Length)] });
                texts.Add(string.Join(' ', words));
            }
        }

        foreach (var text in texts.Select(SafetyText.Normalize))
        {
            Assert.Equal(Reference(text), check.Check(text));
        }

        Assert.Contains(texts, t => check.Check(SafetyText.Normalize(t)).Category == TriageCategories.NonEnglish);
        Assert.Contains(texts, t => check.Check(SafetyText.Normalize(t)).Kind == TriageKind.Emergency);
    }

    /// <summary>The rule of <see cref="OtherLanguageCheck"/>, each word a string.</summary>
    private static TriageResult Reference(string normalized)
    {
        var words = Regex.Matches(normalized, @"\p{L}[\p{L}']*").Select(m => m.Value).ToList();
        if (words.Count == 0) return TriageResult.None;

        var english = words.Count(Table.EnglishMarkers.Contains);
        var counts = Table.Languages.Select(l => (Language: l, Count: words.Count(l.Markers.Contains))).ToList();
        var language = counts
            .Where(x => x.Count > english && x.Count >= Table.MinForeignShare * words.Count)
            .OrderByDescending(x => x.Count)
            .Select(x => x.Language)
            .FirstOrDefault();

        foreach (var candidate in counts.Where(x => english == 0 || (x.Count > 0 && x.Count >= english)).Select(x => x.Language))
        {
            foreach (var (category, pattern) in candidate.Rules)
            {
                if (pattern.IsMatch(normalized))
                {
                    return new TriageResult(TriageKind.Emergency, category, $"rule {candidate.Code}-{category}: red flag in another language");
                }
            }
        }

        return language is not null && words.Count >= Table.MinForeignWords
            ? new TriageResult(TriageKind.SmallTalk, TriageCategories.NonEnglish, $"{TriageCategories.NonEnglish}: message in {language.Code}")
            : TriageResult.None;
    }
}
