using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MbcBot.Search.Analysis;
using MbcBot.Search.Search;

namespace MbcBot.Benchmarks;

/// <summary>
/// Retrieval at scale: the synthetic corpus (<see cref="RetrievalCorpus"/>) indexed in memory as heading (boost 2) +
/// text with the project's <see cref="EnglishAnalyzer"/> (no synonyms), BM25 k1 = 1.2, b = 0.75; every query of the
/// set, top 10, one thread. BenchmarkDotNet measures the mean per query (OperationsPerInvoke = the query count) and the
/// allocations; the p50 / p99 columns are percentiles of single-query times from a separate loop in the same process
/// (<see cref="RetrievalPercentileColumn"/>), since BenchmarkDotNet's own percentiles are of iterations, not queries.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RetrievalBenchmarks
{
    private const int Top = 10;

    private SearchEngine _engine = null!;
    private string[] _queries = [];
    private Func<string, int, IReadOnlyList<SearchHit>> _search = null!;

    /// <summary>
    /// <c>MaxScore</c>: the engine's <see cref="SearchEngine.Search"/> (pruned); <c>BooleanQuery</c>: Lucene's exhaustive
    /// search of the same query (<see cref="SearchEngine.SearchPlain"/>), the baseline it must beat with equal hits.
    /// </summary>
    [Params("MaxScore", "BooleanQuery")]
    public string Mode { get; set; } = "MaxScore";

    [GlobalSetup]
    public void Setup()
    {
        var path = RetrievalCorpus.Path ?? throw new InvalidOperationException(RetrievalCorpus.SkipMessage);
        var options = new SearchEngineOptions
        {
            Fields = [new SearchField(RetrievalCorpus.Heading, 2.0), new SearchField(RetrievalCorpus.Text, 1.0)],
        };
        _engine = SearchEngine.Build(RetrievalCorpus.ReadPassages(path), options, new EnglishAnalyzer());
        _queries = RetrievalCorpus.ReadQueries(path);
        _search = Mode == "BooleanQuery" ? _engine.SearchPlain : _engine.Search;

        // The per-query percentiles, measured here (in the benchmark process, after the index is built) and handed to
        // the column through a file, since columns run in the host process.
        // The first pass is timed apart: it is the only one that pays for the MaxScore bounds of each new term.
        var cold = RetrievalCorpus.TimeEachQuery(q => _search(q, Top).Count, _queries, passes: 1, warm: false);
        var times = RetrievalCorpus.TimeEachQuery(q => _search(q, Top).Count, _queries, passes: 3);
        RetrievalPercentileColumn.Save(path, Mode, times);

        // Pruning must not change results: every query's top 10 (ids, order, scores) against the BooleanQuery. After the
        // timed passes, so the first pass stays cold.
        if (Mode == "MaxScore")
        {
            var differ = _queries.Count(q => !_engine.Search(q, Top).SequenceEqual(_engine.SearchPlain(q, Top)));
            Console.WriteLine($"// Retrieval MaxScore: {differ} of {_queries.Length} queries differ from the BooleanQuery's top {Top}");
            if (differ > 0) throw new InvalidOperationException($"MaxScore changed the top {Top} of {differ} queries.");
        }

        Console.WriteLine(
            $"// Retrieval {Mode} {Path.GetFileName(path)}: first pass p50 {RetrievalCorpus.Percentile(cold, 50):F3} ms, " +
            $"p99 {RetrievalCorpus.Percentile(cold, 99):F3} ms");
        Console.WriteLine(
            $"// Retrieval {Mode} {Path.GetFileName(path)}: {_engine.Count} passages, {_queries.Length} queries × 3 passes: " +
            $"p50 {RetrievalCorpus.Percentile(times, 50):F3} ms, p90 {RetrievalCorpus.Percentile(times, 90):F3} ms, " +
            $"p99 {RetrievalCorpus.Percentile(times, 99):F3} ms, max {times.Max():F3} ms");
        var best = RetrievalCorpus.BestPerQuery(times, _queries.Length);
        Console.WriteLine(
            $"// Retrieval {Mode} {Path.GetFileName(path)}: best of 3 per query: p50 {RetrievalCorpus.Percentile(best, 50):F3} ms, " +
            $"p90 {RetrievalCorpus.Percentile(best, 90):F3} ms, p99 {RetrievalCorpus.Percentile(best, 99):F3} ms; " +
            $"load average {LoadAverage()}");
    }

    /// <summary>The 1-minute load average (Linux), so a reader can tell a busy machine's figures; "?" elsewhere.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();

    /// <summary>Every query once; reported per query.</summary>
    [Benchmark(OperationsPerInvoke = 2000)]
    public int AllQueriesTop10()
    {
        var hits = 0;
        foreach (var query in _queries)
        {
            hits += _search(query, Top).Count;
        }

        return hits;
    }

    private static int _skipSaid;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One pass over 2,000 queries takes seconds at 100k, so few iterations of one invocation each.
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
                .WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new RetrievalPercentileColumn(50), new RetrievalPercentileColumn(99));
            if (RetrievalCorpus.Path is null)
            {
                // Skip rather than fail: the corpus is generated outside the repository. BenchmarkDotNet builds the
                // config more than once; say it once.
                if (Interlocked.Exchange(ref _skipSaid, 1) == 0) Console.WriteLine(RetrievalCorpus.SkipMessage);
                AddFilter(new SimpleFilter(_ => false));
            }
        }
    }
}

/// <summary>A percentile of single-query times, read from the file the benchmark process wrote.</summary>
public sealed class RetrievalPercentileColumn(double percentile) : IColumn
{
    public string Id => $"RetrievalP{percentile}";
    public string ColumnName => $"p{percentile} ms";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)percentile;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"p{percentile} of single-query wall times over 3 passes of every query (ms)";

    public static void Save(string corpusPath, string mode, double[] times) =>
        File.WriteAllLines(FileFor(corpusPath, mode), times.Select(t => t.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mode = benchmarkCase.Parameters["Mode"] as string ?? "";
        if (RetrievalCorpus.Path is not { } path || !File.Exists(FileFor(path, mode))) return "-";
        var times = File.ReadAllLines(FileFor(path, mode)).Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return RetrievalCorpus.Percentile(times, percentile).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    private static string FileFor(string corpusPath, string mode) =>
        Path.Combine(Path.GetTempPath(), $"mbcbot-retrieval-{Path.GetFileNameWithoutExtension(corpusPath)}-{mode}.times");
}
