using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Evaluation;

/// <summary>
/// The repository's own realistic questions (own-realistic.jsonl, written for this repository in patients' ways of
/// typing: typos, text-speak, relatives, British words; none copied from the shared sets), scored the way score.py
/// scores: an answer passes when its text, disclaimer stripped and marks folded, contains one of the case's phrases from
/// a word boundary; a "none" case passes when nothing is cited. Always runs, with or without ../shared/.
/// </summary>
public sealed partial class OwnQuestionsTests
{
    public static TheoryData<string, string, string, string[]> Cases()
    {
        var data = new TheoryData<string, string, string, string[]>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", "own-realistic.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var any = root.TryGetProperty("any", out var phrases) ? phrases.EnumerateArray().Select(p => p.GetString()!).ToArray() : [];
            data.Add(root.GetProperty("id").GetString()!, root.GetProperty("q").GetString()!, root.GetProperty("kind").GetString()!, any);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OwnQuestion_AnsweredLikeScorePy_Passes(string id, string question, string kind, string[] any)
    {
        var service = TestAnswerServices.Real;
        var reply = service.Answer(question);
        var text = Fold(reply.Text).Replace(Fold(service.Disclaimer), " ");
        if (kind == "answer")
        {
            Assert.True(
                any.Any(p => Regex.IsMatch(text, @"(?<![a-z0-9])" + Regex.Escape(Fold(p)))),
                $"{id}: expected one of [{string.Join(", ", any)}]; got {reply.Kind}: {reply.Text[..Math.Min(200, reply.Text.Length)]}");
        }
        else
        {
            Assert.True(reply.Source is null, $"{id}: expected no source; got {reply.Kind} citing {reply.Source?.PassageId}");
        }
    }

    /// <summary>score.py's norm(): curly quotes straightened, Markdown marks to spaces, white space folded, lower case.</summary>
    private static string Fold(string s)
    {
        s = s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return Space().Replace(Marks().Replace(s, " "), " ").ToLowerInvariant();
    }

    [GeneratedRegex(@"[*_`#>]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
