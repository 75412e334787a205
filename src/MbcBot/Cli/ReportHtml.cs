using System.Globalization;
using System.Net;
using System.Text;
using MbcBot.Insights;

namespace MbcBot.Cli;

/// <summary>
/// The report as one self-contained HTML page for a curator: inline CSS, charts as inline SVG
/// (<see cref="ReportCharts"/>), no script, nothing loaded from anywhere; it reads on a 375 px phone (one column, charts
/// and tables fit the width). What to act on comes first, as four lists: questions the sources do not cover (by topic),
/// did-you-mean questions, messages in another language, and rated answers named by heading and page with what was
/// asked and the comments given. Then the charts and the counts. Every value from the store is HTML-encoded.
/// </summary>
internal static class ReportHtml
{
    /// <summary>Questions shown per not-covered topic.</summary>
    public const int QuestionsPerGroup = 8;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Render(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MbcBot insights</title>
            <style>
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;color:#1b1b1b;max-width:60rem;line-height:1.45;overflow-wrap:anywhere}
            h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:2rem 0 .4rem;padding-top:.6rem;border-top:2px solid #e3e3e3}h3{font-size:1rem;margin:1rem 0 .2rem}
            p{margin:.3rem 0}.muted{color:#555}
            table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
            .num{text-align:right;white-space:nowrap;width:4.5rem}
            ul{margin:.2rem 0;padding-left:1.2rem}li{margin:.15rem 0}
            .count{display:inline-block;min-width:2.2rem;margin-left:.4rem;padding:0 .35rem;border-radius:.6rem;background:#ece6f3;color:#3b1a5c;font-size:.85rem;text-align:center}
            .rating{font-weight:600}.disliked{color:#8f1d16}.liked{color:#1f5c2d}
            .answer{margin:.6rem 0;padding:.4rem .7rem;border-left:4px solid #c9b7dc;background:#faf8fc}
            .legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.3rem 0;font-size:.9rem}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
            svg.chart{display:block;width:100%;max-width:34rem;height:auto}
            svg.chart text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#333}
            svg.chart .value{font-weight:600;fill:#1b1b1b}svg.chart .axis-title{font-size:12px;fill:#555}
            svg.chart .axis{stroke:#777}svg.chart .grid{stroke:#e2e2e2}
            .counts{display:flex;flex-wrap:wrap;align-items:flex-start;gap:1rem}.counts table{width:auto;min-width:14rem}
            </style></head><body>
            """);
        html.Append(C, $"<h1>MbcBot insights</h1><p class=\"muted\">{E(data.Since.ToString("yyyy-MM-dd HH:mm", C))} to {E(data.Until.ToString("yyyy-MM-dd HH:mm", C))} UTC · {data.Replies} replies · ");
        html.Append(data.AnsweredShare is { } share ? E(string.Create(C, $"{share * 100:F1}% answered ({data.Answered} of {data.Asked})")) : "no questions yet");
        html.Append(C, $" · {data.Likes} liked, {data.Dislikes} disliked</p>");
        html.Append("<p class=\"muted\">Questions are redacted (e-mail addresses, phone numbers, long numbers and names removed) and expire. ")
            .Append("Repeats are listed once; the number beside a question is how many times it was asked.</p>");

        NotCovered(html, data);
        html.Append("<h2 id=\"did-you-mean\">Did you mean</h2><p class=\"muted\">The bot was unsure which passage answers these and offered choices: a curated question on the right passage may settle them.</p>");
        Questions(html, data.DidYouMean);
        html.Append(C, $"<h2 id=\"other-languages\">In another language</h2><p class=\"muted\">{data.OtherLanguageMessages} messages the bot could not serve because it answers in English only.</p>");
        Questions(html, data.OtherLanguage);
        RatedAnswers(html, data);

        html.Append("<h2 id=\"charts\">Replies per day</h2>").Append(ReportCharts.RepliesPerDay(data)).Append("<div class=\"legend\">");
        foreach (var kind in ReportData.Kinds)
        {
            html.Append(C, $"<span><i class=\"swatch\" style=\"background:{ReportCharts.KindColors[kind]}\"></i>{E(KindLabel(kind))}</span>");
        }

        html.Append("</div><h2>Share answered per day</h2>").Append(ReportCharts.ShareAnsweredPerDay(data));
        html.Append("<h2>Counts</h2><div class=\"counts\">");
        Counts(html, "Kind", data.ByKind.Select(x => (KindLabel(x.Kind), x.Count)));
        Counts(html, "Channel", data.ByChannel);
        html.Append("</div></body></html>\n");
        return html.ToString();
    }

    private static void NotCovered(StringBuilder html, ReportData data)
    {
        html.Append("<h2 id=\"not-covered\">Not covered by the sources</h2><p class=\"muted\">Grouped by topic, most asked first: one group is one topic the corpus may be missing.</p>");
        if (data.NotCovered.Count == 0)
        {
            html.Append("<p class=\"muted\">None stored.</p>");
            return;
        }

        html.Append("<table class=\"groups\"><tr><th class=\"num\">Asked</th><th>Questions</th></tr>");
        foreach (var group in data.NotCovered)
        {
            html.Append(C, $"<tr><td class=\"num\">{group.Asked}</td><td>");
            Questions(html, group.Questions.Take(QuestionsPerGroup).ToList());
            html.Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void RatedAnswers(StringBuilder html, ReportData data)
    {
        html.Append("<h2 id=\"rated\">Rated answers</h2><p class=\"muted\">Most disliked first, with what was asked when an answer was disliked and the comments people gave (Teams' feedback form).</p>");
        if (data.RatedAnswers.Count == 0)
        {
            html.Append("<p class=\"muted\">No dislikes or comments.</p>");
            return;
        }

        foreach (var answer in data.RatedAnswers)
        {
            html.Append("<div class=\"answer\"><h3>").Append(E(answer.Passage)).Append("</h3>");
            html.Append(C, $"<p><span class=\"rating disliked\">{answer.Dislikes} disliked</span>, <span class=\"rating liked\">{answer.Likes} liked</span></p>");
            if (answer.DislikedQuestions.Count > 0)
            {
                html.Append("<p>Asked when disliked:</p>");
                Questions(html, answer.DislikedQuestions);
            }

            if (answer.Comments.Count > 0)
            {
                html.Append("<p>Comments:</p><ul class=\"comments\">");
                foreach (var comment in answer.Comments)
                {
                    html.Append(C, $"<li><span class=\"rating {ReportText.Rating(comment)}\">{ReportText.Rating(comment)}</span> ({E(comment.Channel)}): “{E(comment.Comment)}”</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</div>");
        }
    }

    private static void Questions(StringBuilder html, IReadOnlyList<QuestionCount> questions)
    {
        if (questions.Count == 0)
        {
            html.Append("<p class=\"muted\">None stored.</p>");
            return;
        }

        html.Append("<ul class=\"questions\">");
        foreach (var question in questions)
        {
            html.Append("<li>").Append(E(question.Text));
            if (question.Count > 1)
            {
                html.Append(C, $"<span class=\"count\" title=\"asked {question.Count} times\">×{question.Count}</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void Counts(StringBuilder html, string what, IEnumerable<(string Name, int Count)> counts)
    {
        html.Append(C, $"<table><tr><th>{what}</th><th class=\"num\">Replies</th></tr>");
        foreach (var (name, count) in counts)
        {
            html.Append(C, $"<tr><td>{E(name)}</td><td class=\"num\">{count}</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>The kind as a curator reads it.</summary>
    internal static string KindLabel(string kind) => kind switch
    {
        ReplyKindName.Answer => "answer",
        ReplyKindName.Clarify => "did you mean",
        ReplyKindName.NoAnswer => "not covered",
        ReplyKindName.Emergency => "emergency",
        ReplyKindName.Advice => "personal advice",
        ReplyKindName.SmallTalk => "small talk",
        _ => kind,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
