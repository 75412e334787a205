using System.Security.Cryptography;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Tests.Cli;
using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Insights;

/// <summary>
/// The insights store as the host wires it: turns queue their records and the one writer commits them behind the turn;
/// a graceful stop writes everything that was accepted.
/// </summary>
public sealed class InsightsServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int Rows() => new SqliteInsightsStore(_data.Database).Read(DateTimeOffset.UnixEpoch).Turns.Count;

    [Fact]
    public async Task StopHost_TurnsStillQueued_AreAllWrittenBeforeTheHostEnds()
    {
        var app = new MbcBotApplication().WithSetting("Data:Path", _data.Path);
        using var http = app.CreateClient();
        var answered = 0;
        for (var i = 0; i < 40; i++)
        {
            answered += (await EmulatorTurn.AskAsync(http, http.BaseAddress!, "what is metastatic breast cancer", Ct)).Count > 0 ? 1 : 0;
        }

        await app.DisposeAsync();

        Assert.Equal(40, answered);
        Assert.Equal(40, Rows());
    }

    [Fact]
    public async Task Sigterm_UnderLoad_EveryAnsweredTurnIsARow()
    {
        await using var bot = await BotProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MbcBot.dll"), new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Data__Path"] = _data.Path,
            ["DirectLine__TokenSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // The shipped settings (the bot no longer starts lexically: the lexical answer model does not answer the example
            // questions), with the sentence vectors the in-process hosts keep beside the binary, so it starts without
            // embedding the corpus and the examples again; the store is what is tested.
            ["Answering__CachePath"] = Path.Combine(AppContext.BaseDirectory, "data", "cache"),
        }, workingDirectory: _data.Path);
        var baseAddress = new Uri($"http://127.0.0.1:{bot.Port}/");
        using var http = new HttpClient();
        var answered = 0;
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var questions = new[] { "what is metastatic breast cancer", "where does breast cancer spread", "who won the game", "what is HER2" };

        var load = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            for (var n = worker; ; n++)
            {
                try
                {
                    if ((await EmulatorTurn.AskAsync(http, baseAddress, questions[n % questions.Length], Ct)).Count > 0
                        && Interlocked.Increment(ref answered) == 500)
                    {
                        enough.TrySetResult();
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the server has stopped listening
                }
            }
        }, Ct)).ToList();
        await enough.Task.WaitAsync(TimeSpan.FromMinutes(1), Ct);

        var exitCode = await bot.TerminateAsync(); // while 16 requests are in flight
        await Task.WhenAll(load);

        Assert.Equal(0, exitCode);
        Assert.True(answered >= 500, $"answered {answered}");
        Assert.Equal(answered, Rows());
    }
}
