using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;

namespace MbcBot.Search.Analysis;

/// <summary>
/// Reads a Solr-format synonyms file (<c>a, b, c</c> and <c>x, y =&gt; z</c>, <c>#</c> comments) with Lucene's
/// <see cref="SolrSynonymParser"/>, expand = false: every entry of a comma group maps to the first (canonical) one.
/// Entries are analyzed like the text at the point the synonym filter sees it (tokenized, possessives removed,
/// lower-cased), so "X-ray" in the file matches "x ray" in text.
/// </summary>
public static class SynonymFile
{
    public static SynonymMap Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <exception cref="SynonymFormatException">A malformed rule; the message names the source and line.</exception>
    public static SynonymMap Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = reader.ReadToEnd().Split('\n');
        using var entryAnalyzer = Analyzer.NewAnonymous((_, input) =>
        {
            var source = new StandardTokenizer(EnglishAnalyzer.Version, input);
            TokenStream stream = new EnglishPossessiveFilter(EnglishAnalyzer.Version, source);
            return new TokenStreamComponents(source, new LowerCaseFilter(EnglishAnalyzer.Version, stream));
        });

        // Parsed line by line so that an error names its line (Lucene's message gives only the rule).
        var parser = new SolrSynonymParser(dedup: true, expand: false, entryAnalyzer);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            try
            {
                parser.Parse(new StringReader(line));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new SynonymFormatException(sourceName, i + 1, Reason(ex));
            }
        }

        return parser.Build();
    }

    /// <summary>
    /// Lucene's own words for the fault. Its ParseException says only "Invalid synonym rule at line 1" (the line within
    /// the one-line reader parsed here, so always 1 and misleading beside our line number); the cause is its inner
    /// exception. A line of bare commas fails inside the parser with an index error, which says nothing to a reader.
    /// </summary>
    private static string Reason(Exception ex) => ex switch
    {
        { InnerException: { } inner } => inner.Message,
        IndexOutOfRangeException => "a rule with an empty entry",
        _ => ex.Message,
    };
}
