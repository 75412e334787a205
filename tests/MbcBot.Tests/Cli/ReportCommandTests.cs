using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Tests.Testing;
using Microsoft.Playwright;

namespace MbcBot.Tests.Cli;

/// <summary>
/// The real <c>report</c> command as a process on a seeded store (Data__Path points at a temp folder): counts,
/// dislikes and the grouping of unanswered questions by the MiniLM embedding model, and the HTML page in Chromium.
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

    /// <summary>(UTC day, kind) of every seeded turn inside the 7-day window: one stacked-bar segment each.</summary>
    private readonly HashSet<(DateOnly, string)> _segments = [];

    private void Seed()
    {
        var store = new SqliteInsightsStore(_data.Database);
        store.Initialize();
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        void Turn(string kind, string channel, string? passage = null, string? question = null, double hoursAgo = 1)
        {
            var time = now.AddHours(-hoursAgo);
            store.Write([new TurnRecord($"r{n++:D3}", time, channel, kind, passage, ConfidenceBand.High, null, question)]);
            if (hoursAgo < 24 * 7)
            {
                _segments.Add((DateOnly.FromDateTime(time.UtcDateTime), kind));
            }
        }

        for (var i = 0; i < 3; i++)
        {
            Turn(ReplyKindName.Answer, "directline", "doc-a#p1");
            Turn(ReplyKindName.Answer, i == 0 ? "directline" : "msteams", "doc-b#p2", hoursAgo: 30);
        }

        foreach (var q in TravelQuestions.Concat(InsuranceQuestions))
        {
            Turn(ReplyKindName.NoAnswer, "directline", question: q);
        }

        Turn(ReplyKindName.Clarify, "msteams", question: "what about the recipe for banana bread");
        Turn(ReplyKindName.Emergency, "directline");
        Turn(ReplyKindName.SmallTalk, "directline");
        Turn(ReplyKindName.Answer, "directline", "old#p9", hoursAgo: 24 * 20); // outside --since 7d

        // r001, r003 and r005 are the doc-b answers; r000 a doc-a answer.
        store.Write([new FeedbackRecord("r001", now, "msteams", FeedbackRating.Dislike, FeedbackVia.TeamsFeedback, null, "what is her2 low")]);
        store.Write([new FeedbackRecord("r003", now, "msteams", FeedbackRating.Dislike, FeedbackVia.Reaction, null, null)]);
        store.Write([new FeedbackRecord("r000", now, "directline", FeedbackRating.Dislike, FeedbackVia.Button, null, null)]);
        store.Write([new FeedbackRecord("r002", now, "directline", FeedbackRating.Like, FeedbackVia.Button, null, null)]);
    }

    private Dictionary<string, string> Environment => new() { ["Data__Path"] = _data.Path };

    [Fact]
    public async Task Report_SeededStore_PrintsCountsDislikesAndGroupsUnansweredByTopic()
    {
        Seed();

        var run = await MbcBotCli.RunAsync(["report", "--since", "7d"], environment: Environment);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var output = run.StandardOutput;
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        Assert.Contains(": 14 replies", output, StringComparison.Ordinal);
        Assert.Contains("Replies by kind: answer 6, clarify 1, no_answer 5, emergency 1, smalltalk 1", output, StringComparison.Ordinal);
        Assert.Contains("Replies by channel: directline 11, msteams 3", output, StringComparison.Ordinal);
        Assert.Contains("Answered: 6 of 12 questions (50.0%)", output, StringComparison.Ordinal);
        Assert.Contains("Feedback: 1 liked, 3 disliked", output, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var disliked = lines.FindIndex(l => l.StartsWith("Passages with most dislikes", StringComparison.Ordinal));
        Assert.Equal("     2 disliked, 0 liked  doc-b#p2", lines[disliked + 1]);
        Assert.Equal("     1 disliked, 1 liked  doc-a#p1", lines[disliked + 2]);
        Assert.Contains("  - what is her2 low", lines);
        Assert.DoesNotContain("old#p9", output, StringComparison.Ordinal);

        var groups = lines.SkipWhile(l => !l.StartsWith("Top unanswered", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(3, groups.Count);
        Assert.StartsWith("     3  ", groups[0], StringComparison.Ordinal);
        Assert.All(TravelQuestions, q => Assert.Contains(q, groups[0], StringComparison.Ordinal));
        Assert.StartsWith("     2  ", groups[1], StringComparison.Ordinal);
        Assert.All(InsuranceQuestions, q => Assert.Contains(q, groups[1], StringComparison.Ordinal));
        Assert.Contains("banana bread", groups[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Html_IsSelfContainedAndRendersInChromium()
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        Seed();
        var htmlPath = Path.Combine(_data.Path, "report.html");

        var run = await MbcBotCli.RunAsync(["report", "--html", htmlPath], environment: Environment);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var html = await File.ReadAllTextAsync(htmlPath, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);

        Assert.Equal(2, await page.Locator("svg").CountAsync());
        Assert.Equal(_segments.Count, await page.Locator("svg").First.Locator("rect").CountAsync());
        Assert.Equal(3, await page.Locator("table.groups tr").CountAsync() - 1);
        await Assertions.Expect(page.Locator("table.groups tr").Nth(1)).ToContainTextAsync(TravelQuestions[0]);
        Assert.Equal([new Uri(htmlPath).AbsoluteUri], requests);
        var screenshot = Path.Combine(RepositoryPaths.TestOutput, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Console.WriteLine($"Screenshot: {screenshot}");
    }
}
