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
/// linked to that answer's turn (the layout at phone and desktop sizes: WebChatLayoutBrowserTests). Screenshots go to
/// test-output/.
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
}
