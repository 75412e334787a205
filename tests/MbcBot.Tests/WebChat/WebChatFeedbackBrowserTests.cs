using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Bot.Feedback;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MbcBot.Tests.WebChat;

/// <summary>
/// Web Chat 4.18.1 in headless Chromium against the real bot, with the insights store in a temp folder: an answer
/// shows the reference list ("1 reference") and 👍/👎; clicking 👎 gets the thank-you and the store holds a dislike
/// linked to that answer's turn. Then the page layout at 320, 375 and 1280 px: footer links hit-testable, nothing
/// over the send box or the suggested actions. Screenshots go to test-output/.
/// </summary>
public sealed class WebChatFeedbackBrowserTests : IDisposable
{
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string Question = "What is metastatic breast cancer?";

    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private KestrelMbcBot StartBot() => KestrelMbcBot.Start(app => app.WithSetting("Data:Path", _data.Path));

    private static async Task AskAsync(IPage page, string question)
    {
        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
    }

    [Fact]
    public async Task Answer_InChromium_ShowsReferenceListAndVotes_AndDislikeIsStored()
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await using var bot = StartBot();
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Answer(Question);
        Assert.Equal(ReplyKind.Answer, expected.Kind);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("pageerror: " + error);

        await page.GotoAsync(bot.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubble).First).ToBeVisibleAsync();
        await AskAsync(page, Question);

        var answer = page.Locator(".webchat__basic-transcript__activity", new() { Has = page.Locator(".webchat__link-definitions") });
        await Assertions.Expect(answer).ToHaveCountAsync(1);
        await Assertions.Expect(answer.Locator(".webchat__link-definitions__header-text")).ToHaveTextAsync("1 reference");
        await Assertions.Expect(answer.Locator(".webchat__link-definitions__list-item")).ToContainTextAsync(expected.Source!.Title);
        var votes = answer.Locator(".webchat__thumb-button");
        await Assertions.Expect(votes).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "webchat-references-1280.png") });

        await votes.Nth(1).ClickAsync(); // 👎 (Web Chat renders LikeAction first, as sent)
        await Assertions.Expect(page.Locator(BotBubble, new() { HasText = FeedbackReplies.Dislike })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "webchat-dislike-1280.png") });

        var snapshot = new SqliteInsightsStore(_data.Database).Read(DateTimeOffset.UtcNow.AddHours(-1));
        var answerTurn = Assert.Single(snapshot.Turns, t => t.Kind == ReplyKindName.Answer);
        Assert.Equal(expected.Source.PassageId, answerTurn.PassageId);
        Assert.Equal("directline", answerTurn.Channel);
        var feedback = Assert.Single(snapshot.Feedback);
        Assert.Equal((FeedbackRating.Dislike, FeedbackVia.Button, answerTurn.ReplyId), (feedback.Rating, feedback.Via, feedback.ReplyId));
        Assert.Equal(Question, feedback.Question); // a disliked answer's question is kept, redacted (nothing to redact here)
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(320, 568)]
    [InlineData(375, 667)]
    [InlineData(1280, 800)]
    public async Task Page_AtWidth_NothingOverlapsAndFooterLinksAreClickable(int width, int height)
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await using var bot = StartBot();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

        await page.GotoAsync(bot.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubble).First).ToBeVisibleAsync();
        await AskAsync(page, Question);
        await Assertions.Expect(page.Locator(".webchat__link-definitions")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".webchat__suggested-action").First).ToBeVisibleAsync();

        // Layout facts measured in the page: element boxes, and what is on top at the centre of each footer link.
        var layout = await page.EvaluateAsync<JsonElement>("""
            () => {
              const box = el => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height }; };
              const q = s => document.querySelector(s);
              const links = [...document.querySelectorAll('footer a')].map(a => {
                const r = a.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return { text: a.textContent, hit: hit === a || a.contains(hit), visible: r.bottom <= innerHeight && r.top >= 0 };
              });
              return {
                footer: box(q('footer')),
                sendBox: box(q('.webchat__send-box')),
                suggested: box(q('.webchat__suggested-actions')),
                transcript: box(q('.webchat__basic-transcript')),
                chat: box(q('.chat')),
                links,
                scrollWidth: document.documentElement.scrollWidth,
                innerWidth, innerHeight
              };
            }
            """);
        var screenshot = Path.Combine(RepositoryPaths.TestOutput, $"webchat-layout-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        var transcriptHeight = layout.GetProperty("transcript").GetProperty("height").GetDouble();
        var chatHeight = layout.GetProperty("chat").GetProperty("height").GetDouble();
        var report = $"{width}x{height}: chat {chatHeight:F0} px, transcript above the suggested actions {transcriptHeight:F0} px; screenshot {screenshot}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.WriteLine(report);

        var footer = layout.GetProperty("footer");
        var sendBox = layout.GetProperty("sendBox");
        var suggested = layout.GetProperty("suggested");
        Assert.True(footer.GetProperty("top").GetDouble() >= sendBox.GetProperty("bottom").GetDouble() - 0.5, $"footer overlaps the send box: {layout}");
        Assert.True(footer.GetProperty("top").GetDouble() >= suggested.GetProperty("bottom").GetDouble() - 0.5, $"footer overlaps the suggested actions: {layout}");
        Assert.True(sendBox.GetProperty("bottom").GetDouble() <= height + 0.5, $"send box below the screen: {layout}");
        Assert.True(layout.GetProperty("scrollWidth").GetInt32() <= width, $"horizontal scrolling: {layout}");
        var links = layout.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, link => Assert.True(link.GetProperty("hit").GetBoolean() && link.GetProperty("visible").GetBoolean(), $"not clickable: {link}"));
        // The conversation gets the space: the chat (transcript, suggested actions, send box) has at least 55% of the
        // screen height once header, disclaimer and footer are in (before this layout: about 240 of 667 px at 375).
        Assert.True(chatHeight >= height * 0.55, report);

        await page.Locator("footer a").First.ClickAsync(new LocatorClickOptions { Trial = true }); // Playwright's own actionability check
    }
}
