using MbcBot.Ingestion;

namespace MbcBot.Cli;

/// <summary>
/// Names a passage id (<c>webmd-when-breast-cancer-spreads#3</c>) the way a curator finds it: its heading and the page
/// it is on ("Regular Tests Keep Tabs on Your Cancer — When Breast Cancer Spreads, WebMD Medical Reference"); the page
/// alone when the heading is the page's title; "(passage n)" added when the page has more than one passage under that
/// heading. An id the corpus no longer has (a passage removed or reordered since) is shown as the id itself.
/// </summary>
internal sealed class ReportPassages
{
    private readonly IReadOnlyDictionary<string, string> _names;

    private ReportPassages(IReadOnlyDictionary<string, string> names) => _names = names;

    /// <summary>Names nothing: every passage is shown by its id (the corpus could not be read).</summary>
    public static ReportPassages None { get; } = new(new Dictionary<string, string>());

    public static ReportPassages From(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            var headings = document.Passages.CountBy(p => p.Heading).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
            foreach (var passage in document.Passages)
            {
                var page = $"{document.Title}, {document.Publisher}";
                var name = string.Equals(passage.Heading, document.Title, StringComparison.OrdinalIgnoreCase) ? page : $"{passage.Heading} — {page}";
                names[passage.Id] = headings[passage.Heading] > 1 ? $"{name} (passage {passage.Ordinal})" : name;
            }
        }

        return new ReportPassages(names);
    }

    public string Name(string passageId)
    {
        ArgumentNullException.ThrowIfNull(passageId);
        return _names.TryGetValue(passageId, out var name) ? name : passageId;
    }
}
