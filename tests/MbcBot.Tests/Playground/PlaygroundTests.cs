using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Bot.Teams;
using MbcBot.Bot.Turns;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Tests.Teams;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MbcBot.Tests.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground 0.2.28 (npm, pinned in Teams/tools/package-lock.json, offline) started against
/// the real bot on a loopback socket as a Teams client (<c>-e {bot}/api/messages -c msteams -p {port} --dt</c>; it
/// serves its web UI and a mock connector on that port), driven headless in Chromium. Its compose box is a Lexical
/// editor, so text is typed, not filled. Screenshots: test-output/playground-*.png.
/// </summary>
public sealed class PlaygroundTests : IDisposable
{
    private const string Question = "What is metastatic breast cancer?";

    /// <summary>The bot's name in the Playground's built-in config (it ignores the manifest), shown in its mention picker.</summary>
    private const string PlaygroundBotName = "Test Bot";
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonalChat_Answer_RendersMarkdownWithCitationUncutFollowUpsAndFeedbackButtons_AndDislikeIsStoredAndThankedOnce()
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await TeamsTools.EnsureInstalledAsync(Ct);
        await using var bot = KestrelMbcBot.Start(app => app.WithSetting("Data:Path", _data.Path));
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Answer(Question);
        Assert.Equal(ReplyKind.Answer, expected.Kind);
        using var playground = await PlaygroundProcess.StartAsync(new Uri(bot.BaseAddress, "api/messages"), Ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(playground.Address.ToString());

        // The personal install welcomes (installationUpdate), and its follow-ups come as their own message.
        await Assertions.Expect(page.GetByText(TeamsFollowUps.Lead, new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var editor = page.Locator("[contenteditable=true]").First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");

        // Markdown rendered: the heading is bold, and no literal ** is left in the answer.
        var heading = page.Locator("strong", new() { HasText = expected.Source!.Heading! });
        await Assertions.Expect(heading).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var bubble = page.Locator("div", new() { Has = heading, HasText = answers.Disclaimer }).Last;
        Assert.DoesNotContain("**", await bubble.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText(TeamsFollowUps.Lead, new() { Exact = true }).Nth(1)).ToBeVisibleAsync(); // welcome and answer
        // Every follow-up is readable whole: the question written out in the message (Teams clips button titles), and a
        // button titled with its number that the Playground shows whole: its text neither overflows its own box
        // (text-overflow: ellipsis) nor the button's (overflow: hidden, which cut whole questions at both ends).
        foreach (var question in expected.SuggestedQuestions)
        {
            await Assertions.Expect(page.GetByText(question).Last).ToBeVisibleAsync();
        }

        var titles = expected.SuggestedQuestions.Select((_, i) => TeamsFollowUps.Title(i + 1)).ToArray();
        var buttons = await page.EvaluateAsync<JsonElement>("""
            titles => [...document.querySelectorAll('button')].filter(b => titles.includes(b.innerText.trim())).map(b => {
              const t = b.querySelector('span') || b, r = t.getBoundingClientRect(), br = b.getBoundingClientRect();
              const whole = t.scrollWidth <= t.clientWidth + 1 && r.left >= br.left - 0.5 && r.right <= br.right + 0.5;
              return { text: b.innerText.trim(), whole, text_width: r.width, button_width: br.width };
            })
            """, titles);
        TestContext.Current.TestOutputHelper?.WriteLine($"follow-up buttons: {buttons}");
        Assert.Equal(titles, buttons.EnumerateArray().Select(b => b.GetProperty("text").GetString()).TakeLast(titles.Length));
        Assert.All(buttons.EnumerateArray(), b => Assert.True(b.GetProperty("whole").GetBoolean(), $"clipped: {b}"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-labels.png") });

        var dislike = page.Locator("button[aria-label=Dislike]");
        await Assertions.Expect(page.Locator("button[aria-label=Like]")).ToHaveCountAsync(1);
        await Assertions.Expect(dislike).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-personal.png") });

        await dislike.ClickAsync();
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit" });
        await Assertions.Expect(submit).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Dialog).Locator("textarea, input[type=text]").First.FillAsync("call me on 555-123-4567");
        await submit.ClickAsync();
        // One thank-you: Teams' own (the Playground's "Thank you!" dialog); the bot sends none.
        await Assertions.Expect(page.GetByText("We appreciate your feedback.")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-feedback.png") });
        await page.WaitForTimeoutAsync(2_000); // a thank-you message would arrive right after the invoke's response
        await Assertions.Expect(page.GetByText(MbcBot.Bot.Feedback.FeedbackReplies.Dislike)).ToHaveCountAsync(0);

        var snapshot = new SqliteInsightsStore(_data.Database).Read(DateTimeOffset.UtcNow.AddHours(-1));
        var answerTurn = Assert.Single(snapshot.Turns, t => t.Kind == ReplyKindName.Answer);
        Assert.Equal("msteams", answerTurn.Channel);
        var feedback = Assert.Single(snapshot.Feedback);
        Assert.Equal((FeedbackRating.Dislike, FeedbackVia.TeamsFeedback, answerTurn.ReplyId), (feedback.Rating, feedback.Via, feedback.ReplyId));
        Assert.Equal("call me on [phone]", feedback.Comment);
    }

    [Fact]
    public async Task GroupChat_MentionedQuestion_RendersMarkdownAnswerWithoutSuggestedActions()
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await TeamsTools.EnsureInstalledAsync(Ct);
        await using var bot = KestrelMbcBot.Start(app => app.WithSetting("Data:Path", _data.Path));
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Answer(Question);
        Assert.Equal(ReplyKind.Answer, expected.Kind);
        Assert.NotEmpty(expected.SuggestedQuestions);
        using var playground = await PlaygroundProcess.StartAsync(new Uri(bot.BaseAddress, "api/messages"), Ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(playground.Address.ToString());

        // The Playground's group chat (the bot, the user and five mock users); "@" in its Lexical compose box opens
        // the mention picker, and picking the bot sends <at>Test Bot</at> with a mention entity for the bot's id.
        // The personal welcome's lead ("Tap a question…") in the conversation pane: not the chat list's preview of it,
        // not the log panel on the right.
        Task<int> LeadsInConversation() => page.EvaluateAsync<int>(
            """
            lead => {
              const leaf = t => [...document.querySelectorAll('*')].filter(e => e.children.length === 0 && e.textContent.trim() === t);
              const panel = leaf('Log Panel')[0];
              const right = panel ? panel.getBoundingClientRect().left : Infinity;
              return leaf(lead).filter(e => !e.closest('[role=treeitem]'))
                .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.right <= right).length;
            }
            """, TeamsFollowUps.Lead);
        async Task<bool> Eventually(Func<int, bool> condition, int milliseconds)
        {
            for (var waited = 0; ; waited += 250)
            {
                if (condition(await LeadsInConversation())) return true;
                if (waited >= milliseconds) return false;
                await page.WaitForTimeoutAsync(250);
            }
        }

        Assert.True(await Eventually(n => n > 0, 30_000), "The personal chat's welcome never appeared.");
        for (var attempt = 1; ; attempt++)
        {
            // A click while the chat list re-sorts can be lost; the personal chat leaving the view shows the group opened.
            await page.GetByRole(AriaRole.Treeitem, new() { Name = "Group Chat" }).ClickAsync();
            if (await Eventually(n => n == 0, 5_000)) break;
            Assert.True(attempt < 3, "The Playground did not switch to its group chat.");
        }

        var editor = page.Locator("[contenteditable=true]").First;
        var pick = page.GetByRole(AriaRole.Menuitem, new() { Name = PlaygroundBotName });
        for (var attempt = 1; ; attempt++)
        {
            // The view re-renders while the Playground installs the bot in the chat, which can swallow the first "@".
            await editor.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Backspace");
            await page.Keyboard.TypeAsync("@");
            try
            {
                await pick.ClickAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }

        await Assertions.Expect(editor.Locator(".mention", new() { HasText = PlaygroundBotName })).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync(" " + Question);
        await page.Keyboard.PressAsync("Enter");

        var heading = page.Locator("strong", new() { HasText = expected.Source!.Heading! });
        await Assertions.Expect(heading).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var bubble = page.Locator("div", new() { Has = heading, HasText = answers.Disclaimer }).Last;
        var text = await bubble.InnerTextAsync();
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.Contains(expected.Source.Publisher, text, StringComparison.Ordinal);

        // Teams shows no suggested actions in group chats, so the bot sends none and no "Tap a question" lead.
        await Assertions.Expect(page.Locator("button[aria-label=Like]")).ToHaveCountAsync(1);
        await page.WaitForTimeoutAsync(1_000); // a follow-up message would arrive right after the answer
        Assert.Equal(0, await LeadsInConversation());
        await Assertions.Expect(page.Locator("button", new() { HasText = TeamsFollowUps.Title(1) })).ToHaveCountAsync(0);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-group.png") });
    }

    [Fact]
    public async Task MessageExtension_SearchAndSendCard_ListsPassagesInsertsCardAndTheSentCardGetsNoReplyAndNoRecord()
    {
        const string query = "metastatic breast cancer";
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await TeamsTools.EnsureInstalledAsync(Ct);
        await using var bot = KestrelMbcBot.Start(app => app.WithSetting("Data:Path", _data.Path));
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Search(query, MessageExtension.MaxResults);
        Assert.NotEmpty(expected);
        var first = expected[0];
        using var playground = await PlaygroundProcess.StartAsync(new Uri(bot.BaseAddress, "api/messages"), Ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(playground.Address.ToString());

        // The compose box's extension button, "Search Command". The Playground reads no manifest, so the command id
        // and parameter name are typed into its "Specify Command ID or Parameter" fields; it then sends invoke
        // composeExtension/query through its mock connector and lists the result previews.
        await page.GetByRole(AriaRole.Button, new() { Name = "Trigger Message Extension App" }).ClickAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Search Command" }).ClickAsync();
        await page.GetByText("Specify Command ID or Parameter").ClickAsync();
        await page.GetByPlaceholder("Command ID").FillAsync(MessageExtension.CommandId);
        await page.GetByPlaceholder("Parameter name").FillAsync(MessageExtension.QueryParameter);
        var search = page.GetByPlaceholder("Enter a search term");
        await search.FillAsync(query);
        await search.PressAsync("Enter");

        var preview = page.GetByText($"{first.Source.Publisher}, “{first.Source.Title}”", new() { Exact = true });
        await Assertions.Expect(preview.First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText(first.Heading, new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("We didn't find any matches.")).ToHaveCountAsync(0);

        // Picking the first result puts its Adaptive Card in the compose box; sending posts it to the conversation.
        await preview.First.ClickAsync();
        var editor = page.Locator("[contenteditable=true]").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Enter");

        var card = page.Locator(".ac-adaptiveCard", new() { HasText = PassageCard.SourceText(first.Source) }).Last;
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var cardText = await card.InnerTextAsync();
        Assert.Contains(first.Heading, cardText, StringComparison.Ordinal);
        Assert.Contains(PassageCard.SourceText(first.Source), cardText, StringComparison.Ordinal);
        Assert.Contains(first.Disclaimer, cardText, StringComparison.Ordinal);
        Assert.Equal(answers.Disclaimer, first.Disclaimer);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-extension.png") });

        // The sent card asks nothing: Teams sends it with only a placeholder <span class="inline-compose-card"> as
        // text, and the bot neither replies ("my sources don't cover that", follow-up buttons) nor records a question.
        var leads = await page.GetByText(TeamsFollowUps.Lead, new() { Exact = true }).CountAsync();
        await page.WaitForTimeoutAsync(3_000);
        await Assertions.Expect(page.GetByText("my sources don't cover that")).ToHaveCountAsync(0);
        Assert.Equal(leads, await page.GetByText(TeamsFollowUps.Lead, new() { Exact = true }).CountAsync());
        Assert.Empty(new SqliteInsightsStore(_data.Database).Read(DateTimeOffset.UtcNow.AddHours(-1)).Turns);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-card-no-reply.png") });
    }

    /// <summary>The Playground CLI on a free port; disposing kills it (and only it).</summary>
    private sealed class PlaygroundProcess : IDisposable
    {
        private readonly Process _process;

        private PlaygroundProcess(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, CancellationToken cancellationToken)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = TeamsTools.Directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "node_modules/@microsoft/m365agentsplayground/cli.js", "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Playground.");
            var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("Listening on", StringComparison.Ordinal) == true)
                {
                    listening.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return new PlaygroundProcess(process, new Uri($"http://localhost:{port}/"));
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
