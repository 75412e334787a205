using System.Diagnostics;
using System.Text.Json;
using MbcBot.Search.Index;

namespace MbcBot.Benchmarks;

/// <summary>
/// The synthetic scale corpus of ../shared/bench/gen_corpus.py: one JSON object a line (<c>{"id","heading","text"}</c>)
/// and its queries, one a line, in <c>NAME.queries.txt</c> beside <c>NAME.jsonl</c>. The path comes from
/// <see cref="Variable"/>, never from the repository: the files are generated (50 MB at 100k passages).
/// </summary>
public static class RetrievalCorpus
{
    /// <summary>Path of the corpus .jsonl; unset means the retrieval benchmarks are skipped.</summary>
    public const string Variable = "MBCBOT_BENCH_CORPUS";

    public const string Heading = "heading";
    public const string Text = "text";

    public static string? Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;

    public static string SkipMessage =>
        $"Retrieval benchmarks skipped: set {Variable} to a corpus written by " +
        "`python3 ../shared/bench/gen_corpus.py --passages 100000 --seed 1 --out /tmp/scale/c100000-s1.jsonl` " +
        "(see bench/README.md).";

    public static string QueriesPath(string corpusPath) =>
        System.IO.Path.ChangeExtension(corpusPath, null) + ".queries.txt";

    public static List<IndexDocument> ReadPassages(string corpusPath)
    {
        var documents = new List<IndexDocument>();
        foreach (var line in File.ReadLines(corpusPath))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents.Add(new IndexDocument(
                root.GetProperty("id").GetString()!,
                new Dictionary<string, string>
                {
                    [Heading] = root.GetProperty("heading").GetString() ?? "",
                    [Text] = root.GetProperty("text").GetString() ?? "",
                }));
        }

        return documents;
    }

    public static string[] ReadQueries(string corpusPath) =>
        File.ReadLines(QueriesPath(corpusPath)).Where(q => q.Length > 0).ToArray();

    /// <summary>
    /// Per-query wall times in milliseconds: <paramref name="passes"/> timed passes over every query (after one untimed
    /// pass unless <paramref name="warm"/> is false), each query timed alone with <see cref="Stopwatch"/>, one thread.
    /// </summary>
    public static double[] TimeEachQuery(Func<string, int> search, string[] queries, int passes, bool warm = true)
    {
        if (warm)
        {
            foreach (var query in queries) search(query);
        }

        var times = new double[queries.Length * passes];
        var i = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                search(query);
                times[i++] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        return times;
    }

    /// <summary>
    /// Each query's best time over the passes of <see cref="TimeEachQuery"/> (times[pass · count + query]). On a machine
    /// shared with other work, a slow single run is mostly someone else's load; the best of a few is the query's cost.
    /// </summary>
    public static double[] BestPerQuery(double[] times, int queryCount)
    {
        var best = new double[queryCount];
        Array.Fill(best, double.MaxValue);
        for (var i = 0; i < times.Length; i++)
        {
            best[i % queryCount] = Math.Min(best[i % queryCount], times[i]);
        }

        return best;
    }

    /// <summary>The nearest-rank percentile: the smallest time with at least p % of the times at or below it.</summary>
    public static double Percentile(double[] times, double p)
    {
        var sorted = times.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
