using System.CommandLine;
using MbcBot.Answering.Options;
using MbcBot.Answering.Semantic;
using MbcBot.Hosting;
using MbcBot.Insights;
using MbcBot.Insights.Sqlite;
using MbcBot.Ingestion;
using Microsoft.Extensions.Options;

namespace MbcBot.Cli;

/// <summary>
/// <c>report [--since 7d] [--html report.html] [--examples misses.jsonl]</c>: reads the insights store (in the same data
/// folder, <c>Data:Path</c>, as the bot; safe while it runs, the file is in WAL mode) and the corpus (to name passages by
/// heading and page), and prints replies by kind and channel, the share answered and the four lists of
/// <see cref="ReportData"/>; <c>--html</c> also writes the self-contained page (<see cref="ReportHtml"/>) and
/// <c>--examples</c> the misses as labelled-example lines (<see cref="ReportExamples"/>).
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
        var examples = new Option<FileInfo?>("--examples")
        {
            Description = "Also write the not-covered, did-you-mean and disliked questions as JSON Lines in the labelled-examples format to this file.",
        };
        var command = new Command("report", "Print what the bot was asked, what it answered and what people rated.") { since, html, examples };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var now = DateTimeOffset.UtcNow;
            if (!ReportSince.TryParse(parseResult.GetValue(since), now, out var from))
            {
                await Console.Error.WriteLineAsync("mbcbot: --since must be like 7d, 24h, 90m or 2026-11-01.");
                return 1;
            }

            InsightsSnapshot snapshot;
            ReportPassages passages;
            try
            {
                var (folder, answering) = ReadOptions();
                var store = new SqliteInsightsStore(InsightsServiceCollectionExtensions.DatabasePath(folder));
                store.Initialize();
                snapshot = store.Read(from);
                passages = await ReadPassagesAsync(answering);
            }
            catch (Exception e) when (StartupFailure.IsExpected(e) || e is Microsoft.Data.Sqlite.SqliteException)
            {
                await Console.Error.WriteLineAsync(StartupFailure.Describe(e));
                return StartupFailure.ExitCode;
            }

            using var embedder = new MiniLmEmbedder();
            var data = ReportData.From(snapshot, from, now, new ReportQuestionGroups(embedder), passages);
            await Console.Out.WriteAsync(ReportText.Format(data));
            if (parseResult.GetValue(html) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, ReportHtml.Render(data), cancellationToken);
                await Console.Out.WriteLineAsync($"HTML report: {file.FullName}");
            }

            if (parseResult.GetValue(examples) is { } examplesFile)
            {
                await File.WriteAllTextAsync(examplesFile.FullName, ReportExamples.Format(data), cancellationToken);
                await Console.Out.WriteLineAsync($"Examples to label: {examplesFile.FullName}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The validated data folder (<c>Data:Path</c>) and the Answering section from the shared appsettings.json (and environment overrides).</summary>
    private static (DataOptions Data, AnsweringOptions Answering) ReadOptions()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseSharedSettings();
        builder.Logging.ClearProviders();
        builder.Services.AddDataFolder();
        builder.Services.Configure<AnsweringOptions>(builder.Configuration.GetSection(AnsweringOptions.SectionName));
        using var host = builder.Build();
        return (host.Services.GetRequiredService<IOptions<DataOptions>>().Value, host.Services.GetRequiredService<IOptions<AnsweringOptions>>().Value);
    }

    /// <summary>
    /// The corpus's passage names. A corpus that cannot be read does not stop the report: passages are then shown by id,
    /// and standard error says why.
    /// </summary>
    private static async Task<ReportPassages> ReadPassagesAsync(AnsweringOptions answering)
    {
        try
        {
            return ReportPassages.From(CorpusLoader.LoadDirectory(Path.GetFullPath(answering.CorpusPath, AppContext.BaseDirectory)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CorpusFormatException)
        {
            await Console.Error.WriteLineAsync($"mbcbot: passages are shown by id: the corpus could not be read ({e.Message})");
            return ReportPassages.None;
        }
    }
}
