using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MbcBot.Answering;
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
/// editor, so text is typed, not filled. Screenshot: test-output/playground-personal.png.
/// </summary>
public sealed class PlaygroundTests : IDisposable
{
    private const string Question = "What is metastatic breast cancer?";
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonalChat_Answer_RendersMarkdownWithCitationFollowUpsAndFeedbackButtons_AndDislikeIsStored()
    {
        Assert.SkipUnless(File.Exists(Chromium.Path), Chromium.MissingMessage);
        await TeamsTools.EnsureInstalledAsync(Ct);
        await using var bot = KestrelMbcBot.Start(app => app.WithSetting("Insights:DataPath", _data.Path));
        var answers = bot.App.Services.GetRequiredService<IAnswerService>();
        var expected = answers.Answer(Question);
        Assert.Equal(ReplyKind.Answer, expected.Kind);
        using var playground = await PlaygroundProcess.StartAsync(new Uri(bot.BaseAddress, "api/messages"), Ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(playground.Address.ToString());

        // The personal install welcomes (installationUpdate), and its follow-ups come as their own message.
        await Assertions.Expect(page.GetByText(ReplyActivity.SuggestionsLead, new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var editor = page.Locator("[contenteditable=true]").First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");

        // Markdown rendered: the heading is bold, and no literal ** is left in the answer.
        var heading = page.Locator("strong", new() { HasText = expected.Source!.Heading! });
        await Assertions.Expect(heading).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var bubble = page.Locator("div", new() { Has = heading, HasText = answers.Disclaimer }).Last;
        Assert.DoesNotContain("**", await bubble.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText(ReplyActivity.SuggestionsLead, new() { Exact = true }).Nth(1)).ToBeVisibleAsync(); // welcome and answer
        foreach (var question in expected.SuggestedQuestions)
        {
            await Assertions.Expect(page.Locator("button", new() { HasText = SuggestedActionLabel.For(question) })).ToBeVisibleAsync();
        }

        var dislike = page.Locator("button[aria-label=Dislike]");
        await Assertions.Expect(page.Locator("button[aria-label=Like]")).ToHaveCountAsync(1);
        await Assertions.Expect(dislike).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-personal.png") });

        await dislike.ClickAsync();
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit" });
        await Assertions.Expect(submit).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Dialog).Locator("textarea, input[type=text]").First.FillAsync("call me on 555-123-4567");
        await submit.ClickAsync();
        await Assertions.Expect(page.GetByText(MbcBot.Bot.Feedback.FeedbackReplies.Dislike, new() { Exact = true }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestOutput, "playground-feedback.png") });

        var snapshot = new SqliteInsightsStore(_data.Database).Read(DateTimeOffset.UtcNow.AddHours(-1));
        var answerTurn = Assert.Single(snapshot.Turns, t => t.Kind == ReplyKindName.Answer);
        Assert.Equal("msteams", answerTurn.Channel);
        var feedback = Assert.Single(snapshot.Feedback);
        Assert.Equal((FeedbackRating.Dislike, FeedbackVia.TeamsFeedback, answerTurn.ReplyId), (feedback.Rating, feedback.Via, feedback.ReplyId));
        Assert.Equal("call me on [phone]", feedback.Comment);
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
