using System.Text.RegularExpressions;
using MbcBot.Ingestion.Tests.Testing;

namespace MbcBot.Ingestion.Tests;

/// <summary>
/// The repository's corpus/ as users will get it: it loads, its metadata is what the pages state, it carries no page
/// furniture, and every sentence and list item is verbatim from the captured page it cites.
/// </summary>
public sealed partial class RealCorpusTests
{
    private static readonly Corpus Loaded = CorpusLoader.LoadDirectory(RepositoryPaths.Corpus);

    [Fact]
    public void LoadDirectory_RealCorpus_HasTheFiveSourcePages()
    {
        Assert.Equal(
            ["icliniq-metastatic-breast-cancer", "moffitt-how-breast-cancer-spreads", "moffitt-metastatic-breast-cancer",
             "webmd-when-breast-cancer-spreads", "what-is-metastatic-breast-cancer-expert-answers"],
            Loaded.Documents.Select(d => d.Id));
        Assert.Equal(5, Loaded.Documents.Select(d => d.SourceFile).Distinct().Count());
    }

    public static TheoryData<string, string, string, string?, string?, string?, string?, string> Metadata => new()
    {
        { "moffitt-how-breast-cancer-spreads", "How does breast cancer spread?", "Moffitt Cancer Center",
            "Don & Erika Wallace Comprehensive Breast Program", null, null, null, "000_e1cd0711a9bb4147.txt" },
        { "moffitt-metastatic-breast-cancer", "Metastatic breast cancer", "Moffitt Cancer Center",
            "Don & Erika Wallace Comprehensive Breast Program", null, null, null, "001_20f357f5157c8f27.txt" },
        { "what-is-metastatic-breast-cancer-expert-answers", "What is metastatic breast cancer?",
            "Not stated on the page (a multi-expert Q&A page)", null, null, null, null, "002_7ae2fa78a936cf2a.txt" },
        { "webmd-when-breast-cancer-spreads", "When Breast Cancer Spreads", "WebMD Medical Reference", null,
            "Arefa Cassoobhoy, MD, MPH", null, "2020-05-19", "003_888a8d57545f1c51.txt" },
        { "icliniq-metastatic-breast-cancer", "Metastatic Breast Cancer - Causes, Common Sites, Symptoms, Diagnosis, and Treatment",
            "iCliniq", null, "Dr. Rajesh Gulati", "2022-09-06", "2023-10-10", "004_6b00df56921aa0b4.txt" },
    };

    [Theory]
    [MemberData(nameof(Metadata))]
    public void GetDocument_RealCorpus_MetadataIsWhatThePageStates(string id, string title, string publisher,
        string? program, string? reviewedBy, string? published, string? reviewed, string sourceFile)
    {
        var document = Loaded.GetDocument(id);

        Assert.Equal((title, publisher, program, reviewedBy, sourceFile),
            (document.Title, document.Publisher, document.Program, document.ReviewedBy, document.SourceFile));
        Assert.Equal(published, document.Published?.ToString("yyyy-MM-dd", null));
        Assert.Equal(reviewed, document.Reviewed?.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData(@"\d-\d{3}-\d{3}-\d{4}")]
    [InlineData(@"(?i)cookie")]
    [InlineData(@"(?i)skip to")]
    [InlineData(@"(?i)subscrib")]
    [InlineData(@"Watch")]
    [InlineData(@"(?i)read (more|below)")]
    [InlineData(@"(?i)continue learning")]
    [InlineData(@"(?i)appointment")]
    [InlineData(@"(?i)disclaimer|informational purposes|substitute for professional")]
    [InlineData(@"(?i)\blogo\b|min read|©|all rights reserved")]
    [InlineData(@"(?i)clinical trial")]
    [InlineData(@"(?i)looking out window")]
    [InlineData(@"(?i)Terstriep|Sahajpal|Eisenberg|Wascher|Linder|Webster|Penn Medicine")]
    public void Passages_RealCorpus_ContainNoPageFurniture(string pattern)
    {
        var offenders = Loaded.Passages
            .Where(p => Regex.IsMatch(p.Heading + "\n" + p.Text, pattern))
            .Select(p => p.Id);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Passages_RealCorpus_EverySentenceAndListItemIsVerbatimFromItsSourcePage()
    {
        var sources = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "corpus-sources") : null;
        Assert.SkipWhen(sources is null, "shared/corpus-sources not found next to the repository; verbatim check skipped.");

        var missing = new List<string>();
        foreach (var document in Loaded.Documents)
        {
            var page = Normalise(File.ReadAllText(Path.Combine(sources!, document.SourceFile)).Replace('•', ' '));
            foreach (var passage in document.Passages)
            {
                var pieces = Sentences(passage.Text).Append(passage.Heading);
                missing.AddRange(pieces.Where(s => !page.Contains(s, StringComparison.Ordinal)).Select(s => $"{passage.Id}: {s}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Passages_RealCorpus_EachHasOneToFiveQuestionsAndNoQuestionRepeats()
    {
        Assert.All(Loaded.Passages, p => Assert.InRange(p.Questions.Count, 1, QuestionsComment.MaxQuestions));
        var repeated = Loaded.Passages.SelectMany(p => p.Questions)
            .GroupBy(q => q.ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Passages_RealCorpus_ProseStaysShortAndListsKeepTheirIntro()
    {
        foreach (var passage in Loaded.Passages)
        {
            var prose = passage.Text.Split('\n').Where(l => !l.StartsWith("- ", StringComparison.Ordinal));
            Assert.True(WordCount(string.Join(' ', prose)) <= 120, $"{passage.Id} has more than 120 words of prose");
            var blocks = passage.Text.Split("\n\n");
            for (var i = 1; i < blocks.Length; i++)
            {
                if (blocks[i].StartsWith("- ", StringComparison.Ordinal))
                {
                    Assert.False(blocks[i - 1].StartsWith("- ", StringComparison.Ordinal), $"{passage.Id}: two lists in a row");
                }
            }
        }
    }

    /// <summary>Each list item (marker removed) and each sentence of a paragraph, whitespace-normalised.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line)
            .SelectMany(line => SentenceBreak().Split(Normalise(line)))
            .Where(s => s.Length > 0);

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?;])\s+")]
    private static partial Regex SentenceBreak();
}
