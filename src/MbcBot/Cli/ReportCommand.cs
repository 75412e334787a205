using System.CommandLine;
using MbcBot.Answering.Semantic;
using MbcBot.Hosting;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using Microsoft.Extensions.Options;

namespace MbcBot.Cli;

/// <summary>
/// <c>report [--since 7d] [--html report.html]</c>: reads the insights store (in the same data folder, <c>Data:Path</c>, as the
/// bot; safe while it runs, the file is in WAL mode) and prints replies by kind and channel, the share answered, the
/// passages with most dislikes, what disliked answers were asked, and the unanswered questions grouped by topic
/// (<see cref="ReportQuestionGroups"/>); <c>--html</c> also writes the self-contained page (<see cref="ReportHtml"/>).
/// Exit code 0; 1 for a bad <c>--since</c>; 2 when the settings or the store cannot be read.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since")
        {
            Description = "How far back: 7d, 24h, 90m, or a UTC date yyyy-MM-dd. Default 7d.",
            DefaultValueFactory = _ => ReportSince.Default,
        };
        var html = new Option<FileInfo?>("--html") { Description = "Also write the report as a self-contained HTML page to this file." };
        var command = new Command("report", "Print what the bot was asked, what it answered and what people rated.") { since, html };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var now = DateTimeOffset.UtcNow;
            if (!ReportSince.TryParse(parseResult.GetValue(since), now, out var from))
            {
                await Console.Error.WriteLineAsync("mbcbot: --since must be like 7d, 24h, 90m or 2026-11-01.");
                return 1;
            }

            InsightsSnapshot snapshot;
            try
            {
                var store = new SqliteInsightsStore(InsightsServiceCollectionExtensions.DatabasePath(ReadDataOptions()));
                store.Initialize();
                snapshot = store.Read(from);
            }
            catch (Exception e) when (StartupFailure.IsExpected(e) || e is Microsoft.Data.Sqlite.SqliteException)
            {
                await Console.Error.WriteLineAsync(StartupFailure.Describe(e));
                return StartupFailure.ExitCode;
            }

            using var embedder = new MiniLmEmbedder();
            var data = ReportData.From(snapshot, from, now, new ReportQuestionGroups(embedder));
            await Console.Out.WriteAsync(ReportText.Format(data));
            if (parseResult.GetValue(html) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, ReportHtml.Render(data), cancellationToken);
                await Console.Out.WriteLineAsync($"HTML report: {file.FullName}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The validated data folder (<c>Data:Path</c>) from the shared appsettings.json (and environment overrides).</summary>
    private static DataOptions ReadDataOptions()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseSharedSettings();
        builder.Logging.ClearProviders();
        builder.Services.AddDataFolder();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<DataOptions>>().Value;
    }
}
