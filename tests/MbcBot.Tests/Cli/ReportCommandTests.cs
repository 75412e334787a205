using System.Text.Json;
using MbcBot.Ingestion;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Tests.Testing;
using Microsoft.Playwright;

namespace MbcBot.Tests.Cli;

/// <summary>
/// The real <c>report</c> command as a process on a seeded store (Data__Path points at a temp folder) and the
/// repository's corpus: passages named by heading and page, repeats collapsed with a count, comments shown with the
/// answer they rate, the four lists (not covered by topic, did you mean, other languages, rated answers) kept apart,
/// a card's HTML placeholder never listed, the labelled-example lines of <c>--examples</c>, and the HTML page in
/// Chromium at 375 and 1280 px (screenshots test-output/report-{375,1280}.png and each chart alone).
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static readonly string[] TravelQuestions =
    [
        "can I travel by plane with bone metastases",
        "is it safe to fly on an airplane with metastatic breast cancer",
        "air travel and flying with stage 4 cancer",
    ];

    private static readonly string[] InsuranceQuestions =
    [
        "does my health insurance pay for PET scans",
        "will insurance cover the cost of my scans",
    ];

    private const string RepeatedTravel = "Can I travel by plane with bone metastases?"; // the first travel question again, as typed
    private const string Recipe = "what about the recipe for banana bread";
    private const string Clarified = "what is the scan that glows";
    private const string Spanish = "¿puedo viajar en avión con metástasis?";
    private const string CardPlaceholder = "<span class=\"inline-compose-card\" itemid=\"0\"><span itemprop=\"cardId\"></span></span>";
    private const string DislikedQuestion = "what is her2 low";
    private const string Comment = "too long, I wanted the short version";

    private static readonly Corpus RepositoryCorpus = CorpusLoader.LoadDirectory(Path.Combine(RepositoryPaths.Root, "corpus"));

    // Two real passages (each the only one under its heading on its page), so the report can name them.
    private static readonly (Passage Passage, CorpusDocument Document) Disliked = PassageHeaded("Regular Tests Keep Tabs on Your Cancer");
    private static readonly (Passage Passage, CorpusDocument Document) Liked = PassageHeaded("Where does metastatic breast cancer commonly spread?");

    private static (Passage, CorpusDocument) PassageHeaded(string heading)
    {
        var document = RepositoryCorpus.Documents.Single(d => d.Passages.Any(p => p.Heading == heading));
        return (document.Passages.Single(p => p.Heading == heading), document);
    }

    private static string NameOf((Passage Passage, CorpusDocument Document) p) => $"{p.Passage.Heading} — {p.Document.Title}, {p.Document.Publisher}";

    /// <summary>(UTC day, kind) of every seeded turn inside the 7-day window: one stacked-bar segment each.</summary>
    private readonly HashSet<(DateOnly, string)> _segments = [];

    private void Seed()
    {
        var store = new SqliteInsightsStore(_data.Database);
        store.Initialize();
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        void Turn(string kind, string channel, string? passage = null, string? question = null, double hoursAgo = 1, string? category = null)
        {
            var time = now.AddHours(-hoursAgo);
            store.Write([new TurnRecord($"r{n++:D3}", time, channel, kind, passage, ConfidenceBand.High, category, question)]);
            if (hoursAgo < 24 * 7)
            {
                _segments.Add((DateOnly.FromDateTime(time.UtcDateTime), kind));
            }
        }

        for (var i = 0; i < 3; i++)
        {
            Turn(ReplyKindName.Answer, "directline", Liked.Passage.Id);                                           // r000 r002 r004
            Turn(ReplyKindName.Answer, i == 0 ? "directline" : "msteams", Disliked.Passage.Id, hoursAgo: 30);      // r001 r003 r005
        }

        foreach (var q in TravelQuestions.Concat(InsuranceQuestions).Append(RepeatedTravel).Append(RepeatedTravel.ToUpperInvariant()))
        {
            Turn(ReplyKindName.NoAnswer, "directline", question: q);
        }

        Turn(ReplyKindName.NoAnswer, "directline", question: Recipe);
        Turn(ReplyKindName.NoAnswer, "msteams", question: CardPlaceholder); // stored before cards were ignored
        Turn(ReplyKindName.Clarify, "msteams", question: Clarified);
        Turn(ReplyKindName.Clarify, "directline", question: Clarified + "?");
        Turn(ReplyKindName.SmallTalk, "directline", question: Spanish, category: ReplyKindName.NonEnglishCategory);
        Turn(ReplyKindName.SmallTalk, "directline", question: Spanish, category: ReplyKindName.NonEnglishCategory);
        Turn(ReplyKindName.Emergency, "directline");
        Turn(ReplyKindName.SmallTalk, "directline", category: "greeting");
        Turn(ReplyKindName.Answer, "directline", "old#p9", hoursAgo: 24 * 20); // outside --since 7d

        store.Write([new FeedbackRecord("r001", now, "msteams", FeedbackRating.Dislike, FeedbackVia.TeamsFeedback, Comment, DislikedQuestion)]);
        store.Write([new FeedbackRecord("r003", now, "msteams", FeedbackRating.Dislike, FeedbackVia.Reaction, null, DislikedQuestion)]);
        store.Write([new FeedbackRecord("r000", now, "directline", FeedbackRating.Dislike, FeedbackVia.Button, null, null)]);
        store.Write([new FeedbackRecord("r002", now, "directline", FeedbackRating.Like, FeedbackVia.Button, null, null)]);
    }

    private Dictionary<string, string> Environment => new() { ["Data__Path"] = _data.Path };

    /// <summary>Runs <c>report</c> with <paramref name="arguments"/> on the seeded store; it must exit 0.</summary>
    private async Task<ExternalProcess.Result> ReportAsync(params string[] arguments)
    {
        var run = await MbcBotCli.RunAsync(["report", .. arguments], environment: Environment);
        Assert.True(run.ExitCode == 0, run.StandardError);
        return run;
    }

    private static List<string> Section(List<string> lines, string heading) =>
        lines.SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith(' ')).ToList();

    [Fact]
    public async Task Report_SeededStore_NamesPassagesCountsRepeatsShowsCommentsAndKeepsTheFourListsApart()
    {
        Seed();

        var output = (await ReportAsync("--since", "7d")).StandardOutput;

        TestContext.Current.TestOutputHelper?.WriteLine(output);
        Assert.Contains(": 21 replies", output, StringComparison.Ordinal);
        Assert.Contains("Replies by kind: answer 6, clarify 2, no_answer 9, emergency 1, smalltalk 3", output, StringComparison.Ordinal);
        Assert.Contains("Answered: 6 of 17 questions (35.3%)", output, StringComparison.Ordinal);
        Assert.Contains("Feedback: 1 liked, 3 disliked", output, StringComparison.Ordinal);
        Assert.DoesNotContain("old#p9", output, StringComparison.Ordinal);
        Assert.DoesNotContain("inline-compose-card", output, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();

        // Not covered, by topic: the travel question asked three times is one line with its count.
        var notCovered = Section(lines, "Not covered by the sources");
        Assert.Equal(3, notCovered.Count);
        Assert.StartsWith("     5  ", notCovered[0], StringComparison.Ordinal);
        Assert.Contains($"{TravelQuestions[0]} ×3", notCovered[0], StringComparison.Ordinal);
        Assert.DoesNotContain(RepeatedTravel, output, StringComparison.Ordinal);
        Assert.StartsWith("     2  ", notCovered[1], StringComparison.Ordinal);
        Assert.All(InsuranceQuestions, q => Assert.Contains(q, notCovered[1], StringComparison.Ordinal));
        Assert.Equal($"     1  {Recipe}", notCovered[2]);

        // Did you mean and other languages: their own lists, repeats counted.
        Assert.Equal([$"     2  {Clarified}"], Section(lines, "Did you mean"));
        Assert.Equal([$"     2  {Spanish}"], Section(lines, "In another language (2 messages"));
        Assert.DoesNotContain(Clarified, string.Join('\n', notCovered), StringComparison.Ordinal);

        // Rated answers by heading and page, with what was asked and the comment given.
        var rated = Section(lines, "Rated answers");
        Assert.Equal($"     2 disliked, 0 liked  {NameOf(Disliked)}", rated[0]);
        Assert.Equal($"          asked: {DislikedQuestion} ×2", rated[1]);
        Assert.Equal($"          comment (disliked, msteams): {Comment}", rated[2]);
        Assert.Equal($"     1 disliked, 1 liked  {NameOf(Liked)}", rated[3]);
        Assert.DoesNotContain(Disliked.Passage.Id, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Examples_WritesOneLabelledExampleLinePerDistinctMiss()
    {
        Seed();
        var path = Path.Combine(_data.Path, "misses.jsonl");

        await ReportAsync("--examples", path);

        var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        var examples = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(TravelQuestions.Length + InsuranceQuestions.Length + 3, examples.Count); // + recipe, the did-you-mean and the disliked question
        Assert.All(examples, e =>
        {
            Assert.Equal(["text", "label", "passages", "register", "note"], e.EnumerateObject().Select(p => p.Name));
            Assert.Equal("", e.GetProperty("label").GetString());
            Assert.Equal(0, e.GetProperty("passages").GetArrayLength());
            Assert.Equal("reported", e.GetProperty("register").GetString());
        });
        string Note(string text) => examples.Single(e => e.GetProperty("text").GetString() == text).GetProperty("note").GetString()!;
        Assert.Equal("no_answer, asked 3 times", Note(TravelQuestions[0]));
        Assert.Equal("no_answer, asked 1 time", Note(InsuranceQuestions[0]));
        Assert.Equal("clarify, asked 2 times", Note(Clarified));
        Assert.Equal("disliked, asked 2 times", Note(DislikedQuestion));
        Assert.DoesNotContain(examples, e => e.GetProperty("text").GetString()!.Contains('<'));
        Assert.DoesNotContain(examples, e => e.GetProperty("text").GetString() == Spanish);
        Assert.Equal($"{{\"text\": \"{TravelQuestions[0]}\", \"label\": \"\", \"passages\": [], \"register\": \"reported\", \"note\": \"no_answer, asked 3 times\"}}", lines[0]);
    }

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 900)]
    public async Task Report_Html_IsSelfContainedAndReadableInChromiumAtWidth(int width, int height)
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        Seed();
        var htmlPath = Path.Combine(_data.Path, "report.html");

        await ReportAsync("--html", htmlPath);

        var html = await File.ReadAllTextAsync(htmlPath, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("inline-compose-card", html, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);

        // The four lists, each under its own heading.
        await Assertions.Expect(page.Locator("#not-covered + p + table.groups tr").Nth(1)).ToContainTextAsync(TravelQuestions[0]);
        await Assertions.Expect(page.Locator("table.groups tr").Nth(1).Locator(".count").First).ToHaveTextAsync("×3");
        Assert.Equal(3, await page.Locator("table.groups tr").CountAsync() - 1);
        await Assertions.Expect(page.Locator("#did-you-mean ~ ul.questions").First).ToContainTextAsync(Clarified);
        await Assertions.Expect(page.Locator("#other-languages ~ ul.questions").First).ToContainTextAsync(Spanish);
        var firstRated = page.Locator(".answer").First;
        await Assertions.Expect(firstRated.Locator("h3")).ToHaveTextAsync(NameOf(Disliked));
        await Assertions.Expect(firstRated.Locator("ul.comments")).ToContainTextAsync(Comment);
        await Assertions.Expect(firstRated.Locator("ul.questions")).ToContainTextAsync(DislikedQuestion);

        // Two charts with axes: titles, tick labels and the bars' segments.
        var charts = page.Locator("svg.chart");
        Assert.Equal(2, await charts.CountAsync());
        await Assertions.Expect(charts.First.Locator("text.axis-title")).ToHaveTextAsync(["Replies", "Day (UTC)"]);
        await Assertions.Expect(charts.Nth(1).Locator("text.axis-title")).ToHaveTextAsync(["Share answered", "Day (UTC)"]);
        Assert.Equal(_segments.Count, await charts.First.Locator("rect").CountAsync());
        // The time axis has every day of the period (--since 7d: 8 calendar days), days without replies too.
        var dayLabels = await charts.First.Locator("text").AllTextContentsAsync();
        Assert.Equal(8, dayLabels.Count(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^[A-Z][a-z]{2} \d{1,2}$")));
        var chartWidth = (await charts.First.BoundingBoxAsync())!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"horizontal scrolling at {width}: {scrollWidth}");
        Assert.True(chartWidth <= width, $"chart wider than the page: {chartWidth}");
        Assert.Equal([new Uri(htmlPath).AbsoluteUri], requests);

        var screenshot = Path.Combine(RepositoryPaths.TestOutput, $"report-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        await charts.First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, $"report-{width}-replies-chart.png") });
        await charts.Nth(1).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, $"report-{width}-share-chart.png") });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }
}
