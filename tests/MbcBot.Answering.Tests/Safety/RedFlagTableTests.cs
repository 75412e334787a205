using System.Text;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Safety;

public sealed class RedFlagTableTests
{
    private static RedFlagTable LoadText(string json) => RedFlagTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string RepositoryFile() => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "corpus", "red-flags.json"));

    [Fact]
    public void Default_IsTheRepositoryFile()
    {
        var fromFile = LoadText(RepositoryFile());

        Assert.Equal(fromFile.Rules.Select(r => r.Id), RedFlagTable.Default.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Default_CoversEveryEmergencyCategory_InRulesAndLabelledExamples()
    {
        var table = RedFlagTable.Default;
        string[] categories =
        [
            TriageCategories.SpinalCordCompression, TriageCategories.Seizure, TriageCategories.Breathing, TriageCategories.ChestPain,
            TriageCategories.Fever, TriageCategories.Bleeding, TriageCategories.Stroke, TriageCategories.Crisis,
            TriageCategories.Overdose, TriageCategories.HeadInjury, TriageCategories.SuddenHeadache, TriageCategories.Confusion,
            TriageCategories.Unresponsive, TriageCategories.AllergicReaction,
        ];

        foreach (var category in categories)
        {
            Assert.Contains(table.Rules, r => r.Category == category);
            Assert.Contains(MbcBot.Answering.Learning.ExampleSet.Embedded.Safety, e => e.Label == category);
            Assert.NotEqual(SafetyMessages.EmergencyGeneral, SafetyMessages.Emergency(category));
        }

        Assert.Equal(["de", "es", "fr"], table.Languages.Select(l => l.Code).Order());
    }

    [Theory]
    [InlineData("\"pattern\": \"\\\\bsuicid\\\\w*\"", "\"pattern\": \"{nosuchfragment}\"", "unknown fragment")]
    [InlineData("\"category\": \"crisis\"", "\"category\": \"no-such-category\"", "unknown category")]
    [InlineData("\"pattern\": \"\\\\bsuicid\\\\w*\"", "\"pattern\": \"(unclosed\"", "bad pattern")]
    public void Load_BadRule_ThrowsNamingTheRule(string find, string replace, string message)
    {
        var json = RepositoryFile();
        var index = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, "the test's anchor is in the file");
        var broken = json[..index] + replace + json[(index + find.Length)..];

        var ex = Assert.Throws<InvalidDataException>(() => LoadText(broken));

        Assert.Contains("crisis-suicide", ex.Message);
        Assert.Contains(message, ex.Message);
    }
}
