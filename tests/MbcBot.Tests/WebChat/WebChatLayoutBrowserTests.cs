using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MbcBot.Tests.WebChat;

/// <summary>
/// The page as a patient sees it at 320×568, 375×667 (phones) and 1280×800, in Debian's headless Chromium against the
/// real bot: a new reply is scrolled so its first line is in view (the welcome, an escalation's "Call 911 now", a long
/// answer's heading); every follow-up question is readable (not clipped, nothing on top of it); every button and rating control
/// is at least 44×44 px; nothing covers the send box; on phones the disclaimer is open before the first question and
/// closes to a summary that opens it again; axe-core 4.14.1 (WebChat/axe, npm ci on first run) finds no violation.
/// Expected texts come from the same IAnswerService. Screenshots: test-output/webchat-{w}x{h}-*.png.
/// </summary>
public sealed class WebChatLayoutBrowserTests : IDisposable
{
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string Emergency = "I can't breathe";
    private const string LongQuestion = "What are the treatment options for metastatic breast cancer?";
    private const int MinTarget = 44;

    private static readonly string AxeDirectory = Path.Combine(RepositoryPaths.Root, "tests", "MbcBot.Tests", "WebChat", "axe");

    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(320, 568)]
    [InlineData(375, 667)]
    [InlineData(1280, 800)]
    public async Task Page_AtSize_RepliesStartInViewTargetsAre44PxNothingCoveredAndNoAxeViolations(int width, int height)
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await NpmFolder.EnsureInstalledAsync(AxeDirectory, [Path.Combine("node_modules", "axe-core", "axe.min.js")], Ct);
        await using var bot = KestrelMbcBot.Start(app => app.WithSetting("Insights:DataPath", _data.Path));
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var escalation = answers.Answer(Emergency);
        Assert.Equal(ReplyKind.Emergency, escalation.Kind);
        Assert.StartsWith("**Call 911 now**", escalation.Text, StringComparison.Ordinal);
        var longAnswer = answers.Answer(LongQuestion);
        Assert.Equal(ReplyKind.Answer, longAnswer.Kind);
        var heading = longAnswer.Source!.Heading!;
        Assert.StartsWith($"**{heading}**", longAnswer.Text, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        // axe is injected as a script, which the page's CSP (script-src 'self') would refuse; WebChatBrowserTests checks
        // the page under its CSP.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BypassCSP = true });
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("pageerror: " + error);
        var phone = width <= 640;
        var name = $"{width}x{height}";
        var log = new List<string>();

        await page.GotoAsync(bot.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubble).First).ToBeVisibleAsync();
        await WaitForScrollToSettleAsync(page);
        var disclaimer = page.Locator("#disclaimer-details");
        await Assertions.Expect(disclaimer.Locator("p")).ToBeVisibleAsync(); // open, and read, before the first question
        await Assertions.Expect(disclaimer.Locator("p")).ToHaveTextAsync(answers.Disclaimer);
        // The welcome is shown from its start too, though it is taller than a phone's transcript.
        await page.WaitForTimeoutAsync(600); // the page's one-time scroll to the welcome's start, after Web Chat's
        await WaitForScrollToSettleAsync(page);
        var welcomeBox = await VisibleBoxAsync(page.Locator(BotBubble).First.Locator("p").First);
        log.Add($"welcome's first line at y {welcomeBox.Top:F0}–{welcomeBox.Bottom:F0} (transcript {welcomeBox.ViewTop:F0}–{welcomeBox.ViewBottom:F0})");
        await ShotAsync(page, name, "welcome");
        Assert.True(welcomeBox.Top >= welcomeBox.ViewTop - 0.5 && welcomeBox.Top + 20 <= welcomeBox.ViewBottom, $"{name}: the welcome's start is not in view: {welcomeBox}");
        await AssertNoAxeViolationsAsync(page, $"{name} welcome");

        // An escalation: its first line, "Call 911 now", is in view when it arrives.
        await AskAsync(page, Emergency);
        var call = page.Locator(BotBubble).Last.Locator("strong").First;
        await Assertions.Expect(call).ToHaveTextAsync("Call 911 now");
        await WaitForScrollToSettleAsync(page);
        var callBox = await VisibleBoxAsync(call);
        log.Add($"'Call 911 now' at y {callBox.Top:F0}–{callBox.Bottom:F0} (transcript {callBox.ViewTop:F0}–{callBox.ViewBottom:F0})");
        await ShotAsync(page, name, "emergency");
        Assert.True(callBox.InView, $"{name}: 'Call 911 now' is not in view: {callBox}");
        if (phone)
        {
            await Assertions.Expect(disclaimer.Locator("p")).ToBeHiddenAsync(); // closed once a question was sent
        }
        else
        {
            await Assertions.Expect(disclaimer.Locator("p")).ToBeVisibleAsync();
        }

        // A long answer: its heading is in view when it arrives, though the answer is taller than the transcript.
        await AskAsync(page, LongQuestion);
        var answer = page.Locator(BotBubble).Last;
        await Assertions.Expect(answer.Locator("strong").First).ToHaveTextAsync(heading);
        await Assertions.Expect(page.Locator(".webchat__suggested-action").First).ToBeVisibleAsync();
        await WaitForScrollToSettleAsync(page);
        var headingBox = await VisibleBoxAsync(answer.Locator("strong").First);
        var answerHeight = (await answer.BoundingBoxAsync())!.Height;
        log.Add($"heading at y {headingBox.Top:F0}–{headingBox.Bottom:F0} (transcript {headingBox.ViewTop:F0}–{headingBox.ViewBottom:F0}); answer {answerHeight:F0} px tall");
        await ShotAsync(page, name, "answer");
        Assert.True(headingBox.InView, $"{name}: the heading is not in view: {headingBox}");
        Assert.True(answerHeight > headingBox.ViewBottom - headingBox.ViewTop, $"{name}: the answer fits the transcript, so this proves nothing");

        // The fixed disclaimer closes the answer word for word, set as a footnote; the reference is a citation.
        var footnote = answer.Locator(".mbc-footnote");
        await Assertions.Expect(footnote).ToHaveTextAsync(answers.Disclaimer);
        var reference = answer.Locator(".webchat__link-definitions__list-item-text");
        await Assertions.Expect(reference).ToContainTextAsync(longAnswer.Source.Title);
        Assert.Equal("none", await reference.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));

        var layout = await MeasureAsync(page);
        // The end of the answer: footnote, reference and 👍/👎, whose targets are measured there.
        await page.Locator(".webchat__basic-transcript__scrollable").EvaluateAsync("e => e.scrollTop = e.scrollHeight");
        await WaitForScrollToSettleAsync(page);
        await ShotAsync(page, name, "answer-end");
        layout = layout with { Targets = [.. layout.Targets, .. (await MeasureAsync(page)).Targets] };
        log.Add($"chat {layout.ChatHeight:F0} of {height} px; targets: {string.Join(", ", layout.Targets.DistinctBy(t => t.Name).Select(t => $"{t.Name} {t.Width:F0}×{t.Height:F0}"))}");
        foreach (var line in log)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {line}");
        }

        Assert.All(layout.Targets, t => Assert.True(t.Width >= MinTarget - 0.5 && t.Height >= MinTarget - 0.5, $"{name}: {t.Name} is {t.Width:F1}×{t.Height:F1} px"));
        Assert.Contains(layout.Targets, t => t.Name == "Like");
        Assert.Contains(layout.Targets, t => t.Name.StartsWith("Send", StringComparison.Ordinal));
        Assert.Equal(longAnswer.SuggestedQuestions.Count, layout.FollowUps.Count);
        Assert.All(layout.FollowUps, f => Assert.True(f.Readable, $"{name}: follow-up '{f.Text}' is clipped or covered: {f}"));
        Assert.Equal(longAnswer.SuggestedQuestions.Order(), layout.FollowUps.Select(f => f.Text).Order());
        Assert.True(layout.SendBoxUncovered, $"{name}: something lies over the send box");
        Assert.True(layout.HeaderClear, $"{name}: the disclaimer's summary touches the bot's name");
        Assert.True(layout.FooterBelowSendBox, $"{name}: the footer overlaps the send box");
        Assert.True(layout.ScrollWidth <= width, $"{name}: horizontal scrolling ({layout.ScrollWidth} px)");
        Assert.True(layout.FooterLinksClickable, $"{name}: a footer link is hidden or covered");
        // The conversation gets the screen: once a question was asked, header, disclaimer and footer leave the chat
        // at least 75% of a phone's height (about 240 of 667 px at 375 before the phone layout) and 60% on a desktop,
        // where the disclaimer stays open.
        Assert.True(layout.ChatHeight >= height * (phone ? 0.75 : 0.6), $"{name}: chat {layout.ChatHeight:F0} px of {height}");
        await AssertNoAxeViolationsAsync(page, $"{name} answer");

        if (phone)
        {
            // The closed disclaimer stays one tap away.
            await page.Locator("#disclaimer-details summary").ClickAsync();
            await Assertions.Expect(disclaimer.Locator("p")).ToBeVisibleAsync();
            await ShotAsync(page, name, "disclaimer-reopened");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task AskAsync(IPage page, string question)
    {
        var count = await page.Locator(BotBubble).CountAsync();
        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(BotBubble)).ToHaveCountAsync(count + 1);
    }

    private static Task ShotAsync(IPage page, string size, string what) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, $"webchat-{size}-{what}.png") });

    /// <summary>Waits until the transcript has kept the same scroll position for 400 ms (Web Chat animates its scroll).</summary>
    private static Task WaitForScrollToSettleAsync(IPage page) => page.EvaluateAsync("""
        () => new Promise(resolve => {
          const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
          let last = -1, still = 0, waited = 0;
          const tick = () => {
            const now = scroller ? scroller.scrollTop : 0;
            still = now === last ? still + 100 : 0;
            last = now;
            waited += 100;
            if (still >= 400 || waited >= 8000) resolve(); else setTimeout(tick, 100);
          };
          tick();
        })
        """);

    private sealed record VisibleBox(double Top, double Bottom, double ViewTop, double ViewBottom)
    {
        public bool InView => Top >= ViewTop - 0.5 && Bottom <= ViewBottom + 0.5;
    }

    /// <summary>The element's box and the part of the transcript on screen (the transcript within the viewport).</summary>
    private static async Task<VisibleBox> VisibleBoxAsync(ILocator element)
    {
        var box = await element.EvaluateAsync<JsonElement>("""
            e => {
              const r = e.getBoundingClientRect();
              const t = document.querySelector('.webchat__basic-transcript__scrollable').getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, viewTop: Math.max(0, t.top), viewBottom: Math.min(innerHeight, t.bottom) };
            }
            """);
        return new VisibleBox(box.GetProperty("top").GetDouble(), box.GetProperty("bottom").GetDouble(), box.GetProperty("viewTop").GetDouble(), box.GetProperty("viewBottom").GetDouble());
    }

    private sealed record Target(string Name, double Width, double Height);

    private sealed record FollowUp(string Text, bool Readable, string Detail);

    private sealed record Layout(
        IReadOnlyList<Target> Targets, IReadOnlyList<FollowUp> FollowUps, bool SendBoxUncovered, bool FooterBelowSendBox,
        int ScrollWidth, bool FooterLinksClickable, double ChatHeight, bool HeaderClear);

    /// <summary>
    /// Measured in the page. Targets: every visible button and summary (links in running text are not buttons).
    /// A follow-up is readable when its text is not clipped (scroll width ≤ client width), lies inside its button and
    /// the viewport, and the button is what is hit at the text's left, centre and right. The send box is uncovered
    /// when the send box is what is hit at nine points across it.
    /// </summary>
    private static async Task<Layout> MeasureAsync(IPage page)
    {
        var m = await page.EvaluateAsync<JsonElement>("""
            () => {
              const hits = (el, x, y) => { const h = document.elementFromPoint(x, y); return !!h && (h === el || el.contains(h)); };
              // On screen and what a tap at its centre reaches (not a screen-reader-only copy, not scrolled away).
              const visible = e => { const r = e.getBoundingClientRect(); return e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width > 0 && r.height > 0 && hits(e, r.left + r.width / 2, r.top + r.height / 2); };
              const label = e => (e.getAttribute('aria-label') || e.getAttribute('title') || e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
              const targets = [...document.querySelectorAll('button, summary, [role=button]')].filter(visible)
                .map(e => { const r = e.getBoundingClientRect(); return { name: label(e), width: r.width, height: r.height }; });
              const followUps = [...document.querySelectorAll('.webchat__suggested-action')].map(b => {
                const t = b.querySelector('.webchat__suggested-action__text') || b;
                const r = t.getBoundingClientRect(), br = b.getBoundingClientRect();
                const y = r.top + r.height / 2;
                const unclipped = t.scrollWidth <= t.clientWidth + 1 && t.scrollHeight <= t.clientHeight + 1;
                const inside = r.left >= br.left - 0.5 && r.right <= br.right + 0.5 && r.top >= br.top - 0.5 && r.bottom <= br.bottom + 0.5 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
                const onTop = hits(b, r.left + 2, y) && hits(b, r.left + r.width / 2, y) && hits(b, r.right - 2, y);
                return { text: t.textContent.trim(), readable: unclipped && inside && onTop, detail: JSON.stringify({ unclipped, inside, onTop, r, br }) };
              });
              const send = document.querySelector('.webchat__send-box'), sr = send.getBoundingClientRect();
              let uncovered = true;
              for (const fx of [0.1, 0.5, 0.9]) for (const fy of [0.2, 0.5, 0.8]) uncovered = uncovered && hits(send, sr.left + sr.width * fx, sr.top + sr.height * fy);
              const footer = document.querySelector('footer').getBoundingClientRect();
              const links = [...document.querySelectorAll('footer a')].every(a => { const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && hits(a, r.left + r.width / 2, r.top + r.height / 2); });
              return { targets, followUps, uncovered, footerBelow: footer.top >= sr.bottom - 0.5 && sr.bottom <= innerHeight + 0.5, scrollWidth: document.documentElement.scrollWidth, links, chat: document.querySelector('.chat').getBoundingClientRect().height,
                headerClear: (() => { const h = document.querySelector('header h1').getBoundingClientRect(), s = document.querySelector('#disclaimer-details summary').getBoundingClientRect(); return h.right + 8 <= s.left || h.bottom <= s.top || s.bottom <= h.top; })() };
            }
            """);
        return new Layout(
            m.GetProperty("targets").EnumerateArray().Select(t => new Target(t.GetProperty("name").GetString()!, t.GetProperty("width").GetDouble(), t.GetProperty("height").GetDouble())).ToList(),
            m.GetProperty("followUps").EnumerateArray().Select(f => new FollowUp(f.GetProperty("text").GetString()!, f.GetProperty("readable").GetBoolean(), f.GetProperty("detail").GetString()!)).ToList(),
            m.GetProperty("uncovered").GetBoolean(),
            m.GetProperty("footerBelow").GetBoolean(),
            m.GetProperty("scrollWidth").GetInt32(),
            m.GetProperty("links").GetBoolean(),
            m.GetProperty("chat").GetDouble(),
            m.GetProperty("headerClear").GetBoolean());
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string when)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(AxeDirectory, "node_modules", "axe-core", "axe.min.js") });
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))
            """);
        TestContext.Current.TestOutputHelper?.WriteLine($"axe, {when}: {violations.GetArrayLength()} violations");
        Assert.True(violations.GetArrayLength() == 0, $"axe, {when}: {violations}");
    }
}
