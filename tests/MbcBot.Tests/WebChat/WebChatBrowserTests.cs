using MbcBot.Answering;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MbcBot.Tests.WebChat;

/// <summary>
/// The page in a real browser: Debian's headless Chromium (/usr/bin/chromium, installed by .ci/run; Playwright never
/// downloads one) driven by Microsoft.Playwright against the real bot (corpus, answering core, IBot) on a loopback
/// Kestrel socket. What to expect on screen is read from the same IAnswerService, never hard-coded. Selectors are the
/// ones verified for Web Chat 4.18.1 (directline.md §5.4). Saves test-output/webchat.png at the repository root.
/// </summary>
public sealed class WebChatBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubble = ".webchat__bubble--from-user";

    private const string Question = "What is metastatic breast cancer?";

    [Fact]
    public async Task Page_InChromium_WelcomesAnswersWithSourceAndDisclaimerAndFollowsSuggestedAction()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install chromium (.ci/run does).");
        await using var bot = KestrelMbcBot.Start();
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Answer(Question);
        Assert.Equal(ReplyKind.Answer, expected.Kind);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 600, Height = 1300 } });
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("pageerror: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };

        await page.GotoAsync(bot.BaseAddress.ToString());
        // The disclaimer is on the page before anything is asked, and the welcome arrives on connect.
        await Assertions.Expect(page.Locator("#disclaimer")).ToContainTextAsync(answers.Disclaimer);
        await Assertions.Expect(page.Locator(BotBubble).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(UserBubble).CountAsync());

        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(Question);
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(UserBubble, new() { HasText = Question })).ToBeVisibleAsync();
        // The source line is unique to the answer (the welcome's example questions may share the title's words);
        // Web Chat's Markdown renderer curls the quotes around the title.
        var sourceLine = new System.Text.RegularExpressions.Regex(
            $"Source: {System.Text.RegularExpressions.Regex.Escape(expected.Source!.Publisher)}, [\"“]{System.Text.RegularExpressions.Regex.Escape(expected.Source.Title)}[\"”]");
        var answer = page.Locator(BotBubble, new() { HasTextRegex = sourceLine });
        await Assertions.Expect(answer).ToBeVisibleAsync();
        await Assertions.Expect(answer).ToContainTextAsync(expected.Source.Publisher);
        await Assertions.Expect(answer).ToContainTextAsync(answers.Disclaimer);

        var suggestion = page.Locator(".webchat__suggested-action").First;
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        var followUp = (await suggestion.InnerTextAsync()).Trim();
        Assert.Contains(followUp, expected.SuggestedQuestions);
        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator(UserBubble, new() { HasText = followUp })).ToBeVisibleAsync();
        var followUpReply = answers.Answer(followUp);
        var followUpMarker = followUpReply.Source?.Title ?? FirstLine(followUpReply.Text);
        await Assertions.Expect(page.Locator(BotBubble, new() { HasText = followUpMarker }).Last).ToBeVisibleAsync();
        // Welcome, answer, follow-up answer: waited for, since the follow-up may come from the same page as the answer
        // (then its marker is already on screen before its bubble arrives).
        await Assertions.Expect(page.Locator(BotBubble)).ToHaveCountAsync(3);

        var screenshot = Path.Combine(RepositoryPaths.TestOutput, "webchat.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"Screenshot: {screenshot}");

        Assert.DoesNotContain("Send failed", await page.Locator(".webchat__basic-transcript").InnerTextAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string FirstLine(string markdown) => markdown.Split('\n')[0].Replace("*", "", StringComparison.Ordinal).Trim();
}
