using System.Globalization;
using System.Net;
using System.Text;

namespace MbcBot.Cli;

/// <summary>
/// The report's two charts as inline SVG, drawn on a 440×250 view box that scales to the page's width (its 12-unit text
/// stays about 10 px on a 375 px phone): replies per day
/// stacked by kind, and the share answered per day. Both have a y axis with round ticks and grid lines, a time axis over
/// every day of the period (days without replies too, labelled often enough to read), axis titles, the value over each
/// bar or point, and a title and description for screen readers. Every value is HTML-encoded.
/// </summary>
internal static class ReportCharts
{
    public const int Width = 440;
    public const int Height = 250;
    private const int Left = 52;
    private const int Right = 12;
    private const int Top = 20;
    private const int Bottom = 58;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;
    private const int MaxDayLabels = 8;

    public static readonly IReadOnlyDictionary<string, string> KindColors = new Dictionary<string, string>
    {
        ["answer"] = "#2b7a3d",
        ["clarify"] = "#a86f00",
        ["no_answer"] = "#b3261e",
        ["emergency"] = "#6a1b9a",
        ["advice"] = "#1f5fa8",
        ["smalltalk"] = "#6b6b6b",
    };

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string RepliesPerDay(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var totals = data.ByDay.Select(d => d.ByKind.Values.Sum()).ToList();
        var (max, step) = Scale(totals.DefaultIfEmpty(0).Max());
        var svg = Open("Replies by kind per day", $"Stacked bars, one per UTC day from {First(data)} to {Last(data)}; the tallest day has {totals.DefaultIfEmpty(0).Max()} replies.");
        YAxis(svg, max, step, v => v.ToString(C), "Replies");
        var slot = (double)PlotWidth / Math.Max(1, data.ByDay.Count);
        var barWidth = Math.Min(40, slot * 0.7);
        for (var i = 0; i < data.ByDay.Count; i++)
        {
            var (day, byKind) = data.ByDay[i];
            var x = Left + i * slot + (slot - barWidth) / 2;
            var y = (double)Top + PlotHeight;
            foreach (var kind in ReportData.Kinds.Concat(byKind.Keys.Except(ReportData.Kinds)))
            {
                if (!byKind.TryGetValue(kind, out var count) || count == 0)
                {
                    continue;
                }

                var h = (double)count / max * PlotHeight;
                y -= h;
                svg.Append(C, $"<rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{barWidth:F1}\" height=\"{h:F1}\" fill=\"{KindColors.GetValueOrDefault(kind, "#999999")}\"><title>{E(day.ToString("yyyy-MM-dd", C))}: {E(kind)} {count}</title></rect>");
            }

            if (totals[i] > 0)
            {
                svg.Append(C, $"<text x=\"{x + barWidth / 2:F1}\" y=\"{y - 4:F1}\" text-anchor=\"middle\" class=\"value\">{totals[i]}</text>");
            }
        }

        XAxis(svg, data, slot);
        return svg.Append("</svg>").ToString();
    }

    public static string ShareAnsweredPerDay(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var svg = Open("Share answered per day", "Answered ÷ (answered + did you mean + not covered) per UTC day, from 0 to 100%; days without questions have no point.");
        YAxis(svg, 100, 25, v => v.ToString(C) + "%", "Share answered");
        var slot = (double)PlotWidth / Math.Max(1, data.ByDay.Count);
        var points = new List<string>();
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
            var x = Left + i * slot + slot / 2;
            var y = Top + PlotHeight - share * PlotHeight;
            points.Add(string.Create(C, $"{x:F1},{y:F1}"));
            svg.Append(C, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"4\" fill=\"#2b7a3d\"><title>{E(data.ByDay[i].Day.ToString("yyyy-MM-dd", C))}: {share * 100:F0}% answered ({answered} of {asked})</title></circle>");
            // The value above its point, or below it when the point is near the top.
            var labelY = y - 8 < Top + 4 ? y + 18 : y - 8;
            svg.Append(C, $"<text x=\"{x:F1}\" y=\"{labelY:F1}\" text-anchor=\"middle\" class=\"value\">{share * 100:F0}%</text>");
        }

        if (points.Count > 1)
        {
            svg.Append(C, $"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"#2b7a3d\" stroke-width=\"2\"/>");
        }

        XAxis(svg, data, slot);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A round top for the y axis and a step that gives 2 to 5 ticks: 1, 2 or 5 times a power of ten.</summary>
    internal static (int Max, int Step) Scale(int largest)
    {
        if (largest <= 0)
        {
            return (1, 1);
        }

        var step = 1;
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                step = factor * magnitude;
                if ((largest + step - 1) / step <= 5)
                {
                    return ((largest + step - 1) / step * step, step);
                }
            }
        }
    }

    private static StringBuilder Open(string title, string description)
    {
        var id = title.Replace(' ', '-').ToLowerInvariant();
        return new StringBuilder().Append(C, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
    }

    private static void YAxis(StringBuilder svg, int max, int step, Func<int, string> label, string title)
    {
        for (var value = 0; value <= max; value += step)
        {
            var y = Top + PlotHeight - (double)value / max * PlotHeight;
            svg.Append(C, $"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\" class=\"{(value == 0 ? "axis" : "grid")}\"/>");
            svg.Append(C, $"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{E(label(value))}</text>");
        }

        svg.Append(C, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotHeight}\" class=\"axis\"/>");
        svg.Append(C, $"<text transform=\"translate(14 {Top + PlotHeight / 2}) rotate(-90)\" text-anchor=\"middle\" class=\"axis-title\">{E(title)}</text>");
    }

    private static void XAxis(StringBuilder svg, ReportData data, double slot)
    {
        var every = Math.Max(1, (int)Math.Ceiling(data.ByDay.Count / (double)MaxDayLabels));
        for (var i = 0; i < data.ByDay.Count; i += every)
        {
            var x = Left + i * slot + slot / 2;
            svg.Append(C, $"<line x1=\"{x:F1}\" y1=\"{Top + PlotHeight}\" x2=\"{x:F1}\" y2=\"{Top + PlotHeight + 4}\" class=\"axis\"/>");
            svg.Append(C, $"<text x=\"{x:F1}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\">{E(data.ByDay[i].Day.ToString("MMM d", C))}</text>");
        }

        svg.Append(C, $"<text x=\"{Left + PlotWidth / 2}\" y=\"{Height - 8}\" text-anchor=\"middle\" class=\"axis-title\">Day (UTC)</text>");
    }

    private static string First(ReportData data) => data.ByDay.Count == 0 ? "-" : data.ByDay[0].Day.ToString("yyyy-MM-dd", C);

    private static string Last(ReportData data) => data.ByDay.Count == 0 ? "-" : data.ByDay[^1].Day.ToString("yyyy-MM-dd", C);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
