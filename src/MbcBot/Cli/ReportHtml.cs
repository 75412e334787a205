using System.Globalization;
using System.Net;
using System.Text;

namespace MbcBot.Cli;

/// <summary>
/// The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script, nothing loaded from
/// anywhere. Every value from the store is HTML-encoded. Charts: replies per day stacked by kind (bar height ∝ count,
/// tallest day = <see cref="ChartHeight"/> px), and the share answered per day (answer ÷ (answer + clarify + no_answer)).
/// </summary>
internal static class ReportHtml
{
    public const int ChartHeight = 160;
    private const int BarWidth = 28;
    private const int Gap = 10;

    private static readonly IReadOnlyDictionary<string, string> Colors = new Dictionary<string, string>
    {
        ["answer"] = "#2b7a3d",
        ["clarify"] = "#c88a12",
        ["no_answer"] = "#b3261e",
        ["emergency"] = "#6a1b9a",
        ["advice"] = "#1f5fa8",
        ["smalltalk"] = "#7d7d7d",
    };

    public static string Render(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var c = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MbcBot insights</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1b1b1b;max-width:60rem}
            h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
            table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
            .num{text-align:right}.legend span{display:inline-block;margin-right:1rem}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
            .muted{color:#555}ul.examples{margin:.2rem 0 0 1rem;padding:0}
            </style></head><body>
            """);
        html.Append(c, $"<h1>MbcBot insights</h1><p class=\"muted\">{E(data.Since.ToString("yyyy-MM-dd HH:mm", c))} to {E(data.Until.ToString("yyyy-MM-dd HH:mm", c))} UTC · {data.Replies} replies · ");
        html.Append(data.AnsweredShare is { } share ? E(string.Create(c, $"{share * 100:F1}% answered ({data.Answered} of {data.Asked})")) : "no questions yet");
        html.Append(c, $" · {data.Likes} liked, {data.Dislikes} disliked</p>");

        html.Append("<h2>Replies by kind per day</h2>");
        html.Append(DayChart(data));
        html.Append("<div class=\"legend\">");
        foreach (var kind in ReportData.Kinds)
        {
            html.Append(c, $"<span><i class=\"swatch\" style=\"background:{Colors[kind]}\"></i>{E(kind)}</span>");
        }

        html.Append("</div>");
        html.Append("<h2>Share answered per day</h2>");
        html.Append(ShareChart(data));

        html.Append("<h2>Counts</h2><table><tr><th>Kind</th><th class=\"num\">Replies</th></tr>");
        foreach (var (kind, count) in data.ByKind)
        {
            html.Append(c, $"<tr><td>{E(kind)}</td><td class=\"num\">{count}</td></tr>");
        }

        html.Append("</table><table style=\"margin-top:1rem\"><tr><th>Channel</th><th class=\"num\">Replies</th></tr>");
        foreach (var (channel, count) in data.ByChannel)
        {
            html.Append(c, $"<tr><td>{E(channel)}</td><td class=\"num\">{count}</td></tr>");
        }

        html.Append("</table><h2>Passages with most dislikes</h2>");
        if (data.MostDisliked.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Passage</th><th class=\"num\">Disliked</th><th class=\"num\">Liked</th></tr>");
            foreach (var (passage, dislikes, likes) in data.MostDisliked)
            {
                html.Append(c, $"<tr><td>{E(passage)}</td><td class=\"num\">{dislikes}</td><td class=\"num\">{likes}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2>Disliked answers: what was asked</h2>");
        html.Append(data.DislikedQuestions.Count == 0 ? "<p class=\"muted\">None stored.</p>" : List(data.DislikedQuestions));

        html.Append("<h2>Unanswered questions, grouped by topic</h2><p class=\"muted\">One group is one topic the corpus may be missing; largest first. Questions are redacted and expire.</p>");
        if (data.UnansweredGroups.Count == 0)
        {
            html.Append("<p class=\"muted\">None stored.</p>");
        }
        else
        {
            html.Append("<table class=\"groups\"><tr><th class=\"num\">Asked</th><th>Examples</th></tr>");
            foreach (var group in data.UnansweredGroups)
            {
                html.Append(c, $"<tr><td class=\"num\">{group.Count}</td><td>{List(group.Take(5).ToList(), "examples")}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string DayChart(ReportData data)
    {
        var c = CultureInfo.InvariantCulture;
        var max = Math.Max(1, data.ByDay.Select(d => d.ByKind.Values.Sum()).DefaultIfEmpty(0).Max());
        var width = Math.Max(1, data.ByDay.Count) * (BarWidth + Gap) + Gap;
        var svg = new StringBuilder();
        svg.Append(c, $"<svg role=\"img\" aria-label=\"Replies by kind per day\" width=\"{width}\" height=\"{ChartHeight + 36}\" viewBox=\"0 0 {width} {ChartHeight + 36}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < data.ByDay.Count; i++)
        {
            var (day, byKind) = data.ByDay[i];
            var x = Gap + i * (BarWidth + Gap);
            var y = (double)ChartHeight;
            foreach (var kind in ReportData.Kinds.Concat(byKind.Keys.Except(ReportData.Kinds)))
            {
                if (!byKind.TryGetValue(kind, out var count) || count == 0)
                {
                    continue;
                }

                var h = (double)count / max * ChartHeight;
                y -= h;
                var color = Colors.TryGetValue(kind, out var known) ? known : "#999";
                svg.Append(c, $"<rect x=\"{x}\" y=\"{y:F1}\" width=\"{BarWidth}\" height=\"{h:F1}\" fill=\"{color}\"><title>{E(day.ToString("yyyy-MM-dd", c))}: {E(kind)} {count}</title></rect>");
            }

            svg.Append(c, $"<text x=\"{x + BarWidth / 2}\" y=\"{ChartHeight + 14}\" font-size=\"10\" text-anchor=\"middle\">{E(day.ToString("MM-dd", c))}</text>");
            svg.Append(c, $"<text x=\"{x + BarWidth / 2}\" y=\"{ChartHeight + 28}\" font-size=\"10\" text-anchor=\"middle\">{byKind.Values.Sum()}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string ShareChart(ReportData data)
    {
        var c = CultureInfo.InvariantCulture;
        var width = Math.Max(1, data.ByDay.Count) * (BarWidth + Gap) + Gap;
        var points = new List<string>();
        var svg = new StringBuilder();
        svg.Append(c, $"<svg role=\"img\" aria-label=\"Share answered per day\" width=\"{width}\" height=\"{ChartHeight + 20}\" viewBox=\"0 0 {width} {ChartHeight + 20}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(c, $"<line x1=\"0\" y1=\"{ChartHeight}\" x2=\"{width}\" y2=\"{ChartHeight}\" stroke=\"#bbb\"/><line x1=\"0\" y1=\"0\" x2=\"{width}\" y2=\"0\" stroke=\"#eee\"/>");
        for (var i = 0; i < data.ByDay.Count; i++)
        {
            var byKind = data.ByDay[i].ByKind;
            var answered = byKind.GetValueOrDefault("answer");
            var asked = answered + byKind.GetValueOrDefault("clarify") + byKind.GetValueOrDefault("no_answer");
            if (asked == 0)
            {
                continue;
            }

            var share = (double)answered / asked;
            var x = Gap + i * (BarWidth + Gap) + BarWidth / 2;
            var y = ChartHeight - share * ChartHeight;
            points.Add(string.Create(c, $"{x},{y:F1}"));
            svg.Append(c, $"<circle cx=\"{x}\" cy=\"{y:F1}\" r=\"3\" fill=\"#2b7a3d\"><title>{E(data.ByDay[i].Day.ToString("yyyy-MM-dd", c))}: {share * 100:F0}% answered</title></circle>");
            svg.Append(c, $"<text x=\"{x}\" y=\"{ChartHeight + 14}\" font-size=\"10\" text-anchor=\"middle\">{share * 100:F0}%</text>");
        }

        if (points.Count > 1)
        {
            svg.Append(c, $"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"#2b7a3d\" stroke-width=\"2\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string List(IReadOnlyList<string> items, string? className = null)
    {
        var html = new StringBuilder(className is null ? "<ul>" : $"<ul class=\"{className}\">");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
