using System.Security.Cryptography;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// The published app run the way the official .NET container images run it (there is no container runtime here): as
/// a non-root user (uid 65534), from a read-only app folder that is also the working folder, with
/// <c>ASPNETCORE_HTTP_PORTS</c> and <c>Data__Path</c> set, stopped with SIGTERM.
/// </summary>
public sealed class PublishedAppTests : IDisposable
{
    private const int NonRootUid = 65534;
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mbcbot-published-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("chmod", "-R", "u+w", _root);
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Run_NonRootWithReadOnlyAppFolder_AnswersOnEveryInterfaceAndWritesOnlyTheDataFolder()
    {
        Assert.SkipUnless(Environment.UserName == "root", "switching to another user (setpriv) needs root");
        var app = Path.Combine(_root, "app");
        var data = Directory.CreateDirectory(Path.Combine(_root, "data")).FullName;
        await PublishAsync(app);
        Run("chmod", "-R", "a-w", app);
        Run("chown", $"{NonRootUid}:{NonRootUid}", data);

        await using var bot = await BotProcess.StartAsync(Path.Combine(app, "MbcBot.dll"), new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = BotProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Data__Path"] = data,
            ["DirectLine__TokenSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }, workingDirectory: app, uid: NonRootUid);

        using var http = new HttpClient();
        foreach (var host in new[] { "127.0.0.1", "127.0.0.2", "[::1]" }) // 127.0.0.2 answers only a wildcard listener
        {
            var replies = await EmulatorTurn.AskAsync(http, new Uri($"http://{host}:{bot.Port}/"), "what is metastatic breast cancer", TestContext.Current.CancellationToken);
            Assert.Contains("metastatic breast cancer", Assert.Single(replies), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(0, await bot.TerminateAsync());
        Assert.DoesNotMatch(@"(?m)^(fail|crit):|Unhandled exception", bot.Output);
        Assert.Equal(3, new SqliteInsightsStore(Path.Combine(data, InsightsOptions.DatabaseFileName)).Read(DateTimeOffset.UnixEpoch).Turns.Count);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data, "cache"))); // the sentence vectors
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data, "keys"))); // ASP.NET Core's data-protection keys
    }

    /// <summary>Publishes the host as built for this test run (same configuration; no second build).</summary>
    private static async Task PublishAsync(string output)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<configuration>/net10.0
        var publish = await ExternalProcess.RunAsync(Cli.MbcBotCli.Dotnet,
            ["publish", Path.Combine(RepositoryPaths.Root, "src", "MbcBot", "MbcBot.csproj"), "--no-build", "-c", configuration, "-o", output, "-nologo", "-v", "q"],
            RepositoryPaths.Root, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        Assert.True(publish.ExitCode == 0, publish.StandardOutput + publish.StandardError);
    }

    private static void Run(string fileName, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(fileName, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
