using System.Net;
using System.Text;
using MbcBot.BotFramework;
using MbcBot.Hosting;
using MbcBot.Tests.BotFramework.Fakes;
using MbcBot.Tests.DirectLine;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// The collection of <see cref="OperationsExtensionsTests"/> and <see cref="TracingExtensionsTests"/>, which runs alone:
/// meters, activity sources and their listeners are process-wide, and with other hosts starting and stopping in parallel a
/// scrape was seen (in CI) to show none of this host's counts for 15 s.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;

/// <summary>/healthz, /readyz and /metrics (issue 10, "Operations").</summary>
[Collection(nameof(MetricsCollection))]
public sealed class OperationsExtensionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_And_Readyz_AfterStartup_AreHealthy()
    {
        await using var app = new MbcBotApplication();
        var http = app.CreateClient();

        using var live = await http.GetAsync("/healthz", Ct);
        using var ready = await http.GetAsync("/readyz", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnsweringReadiness_BeforeTheCoreIsBuilt_IsUnhealthy()
    {
        var readiness = new AnsweringReadiness();

        var before = await readiness.CheckHealthAsync(new(), Ct);
        readiness.MarkReady();
        var after = await readiness.CheckHealthAsync(new(), Ct);

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, before.Status);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task Metrics_AfterTurnsOnBothChannels_CountsTurnsByChannelAndKindEscalationsAndOpenConversations()
    {
        await using var app = new MbcBotApplication();
        var http = app.CreateClient();
        var emergency = ActivityJson.EmulatorMessage("https://caller.example/skills", "conv-m", "m1", "I can't breathe");
        emergency["deliveryMode"] = "expectReplies";
        using var posted = await http.PostAsync(BotFrameworkExtensions.Route, new StringContent(emergency.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        var client = new DirectLineTestClient(http);
        var (conversationId, token, _) = await client.StartAsync(Ct);
        using var asked = await client.PostMessageAsync(conversationId, token, "what is metastatic breast cancer", "c1", Ct);
        app.Services.GetRequiredService<MbcBotMetrics>().FeedbackReceived("directline", "like");

        var text = await ScrapeUntilAsync(http, "channel=\"directline\",kind=\"answer\"");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Matches("""mbcbot_turns_total\{[^}]*channel="emulator",kind="emergency"\} 1""", text);
        Assert.Matches("""mbcbot_turns_total\{[^}]*channel="directline",kind="answer"\} 1""", text);
        Assert.Matches("""mbcbot_escalations_total\{[^}]*category="[a-z_]+"\} 1""", text);
        Assert.Matches("""mbcbot_answer_duration_seconds_bucket\{[^}]*kind="answer",le="0.5"\}""", text);
        Assert.Matches("""mbcbot_feedback_total\{[^}]*channel="directline",value="like"\} 1""", text);
        Assert.Matches("""mbcbot_directline_conversations\{[^}]*\} 1""", text);
        Assert.DoesNotContain("breathe", text);
    }

    [Fact]
    public async Task Metrics_FromARemoteClientThroughTheProxy_Is404_FromLoopback200()
    {
        await using var bot = KestrelMbcBot.Start();
        using var http = DirectLineFloodTests.ClientFrom(bot.BaseAddress, "127.0.0.1");
        using var remote = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        remote.Headers.Add("X-Forwarded-For", "203.0.113.5");

        using var fromRemote = await http.SendAsync(remote, Ct);
        using var fromLoopback = await http.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, fromRemote.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromLoopback.StatusCode);
    }

    /// <summary>Direct Line turns run after the POST is answered, so scrape until the turn has been counted.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient http, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var text = await http.GetStringAsync("/metrics", Ct);
            if (text.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(100, Ct);
        }
    }
}
