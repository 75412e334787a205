using MbcBot.Tests.DirectLine;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace MbcBot.Tests.WebChat;

/// <summary>
/// The page in a real browser: Debian's headless Chromium (/usr/bin/chromium, installed by .ci/run; Playwright never
/// downloads one) driven by Microsoft.Playwright against the bot on a loopback Kestrel socket. Selectors are the ones
/// verified for Web Chat 4.18.1 (directline.md §5.4). Saves test-output/webchat.png at the repository root.
/// </summary>
public sealed class WebChatBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubble = ".webchat__bubble--from-user";

    [Fact]
    public async Task Page_InChromium_WelcomesAnswersWithSuggestedActionAndShowsDisclaimer()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install chromium (.ci/run does).");
        await using var bot = KestrelMbcBot.Start(app => app.WithServices(services =>
        {
            services.RemoveAll<MbcBot.Bot.Turns.IBot>();
            services.AddSingleton<MbcBot.Bot.Turns.IBot>(new EchoTestBot());
        }));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 480, Height = 900 } });
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
        await Assertions.Expect(page.Locator("#disclaimer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(BotBubble, new() { HasText = EchoTestBot.Welcome })).ToBeVisibleAsync();

        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync("What is metastatic breast cancer?");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(UserBubble, new() { HasText = "What is metastatic breast cancer?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(BotBubble, new() { HasText = "Echo: What is metastatic breast cancer?" })).ToBeVisibleAsync();

        var suggestion = page.Locator(".webchat__suggested-action").First;
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator(BotBubble, new() { HasText = "Echo: " + EchoTestBot.SuggestedValue })).ToBeVisibleAsync();

        var screenshot = Path.Combine(RepositoryPaths.TestOutput, "webchat.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"Screenshot: {screenshot}");

        Assert.DoesNotContain("Send failed", await page.Locator(".webchat__basic-transcript").InnerTextAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
