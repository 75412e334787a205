using MbcBot.Search.Analysis;

namespace MbcBot.Search.Tests.Analysis;

/// <summary>
/// Solr synonyms read by <see cref="SynonymFile"/> (expand = false) and applied by <see cref="EnglishAnalyzer"/>
/// after lower-casing and before stop words and Porter.
/// </summary>
public sealed class SynonymFileTests
{
    private const string Inline = """
        # a comment line, then a blank line

        car, automobile, auto
        puppy, pup => dog
        stage 4, stage four => metastasis
        short of breath, out of breath => breathless
        xray => x ray
        Cat Scan => ct scan
        """;

    private static readonly EnglishAnalyzer WithInline = new(SynonymFile.Parse(new StringReader(Inline), "inline.txt"));

    [Theory]
    // A comma group maps every entry, the first included, to the first entry.
    [InlineData("automobile", "car")]
    [InlineData("auto", "car")]
    [InlineData("car", "car")]
    [InlineData("automobiles", "automobil")] // only the listed form: the plural is not an entry, and is stemmed as text
    // "=>" maps the left entries to the right one; the right side is not itself mapped back.
    [InlineData("pup", "dog")]
    [InlineData("puppy", "dog")]
    [InlineData("dog", "dog")]
    // Multi-word entries match the word sequence; the words around are kept.
    [InlineData("stage 4 breast cancer", "metastasi breast cancer")]
    [InlineData("Stage Four cancer", "metastasi cancer")]
    [InlineData("stage 3 cancer", "stage 3 cancer")]
    // Entries with stop words match because synonyms run before the stop filter.
    [InlineData("I am short of breath", "i am breathless")]
    [InlineData("out of breath", "breathless")]
    // A multi-word output; the output is stemmed like text ("ray" → "rai").
    [InlineData("chest xray", "chest x rai")]
    // Entries are lower-cased like text, so "Cat Scan" in the file matches any casing.
    [InlineData("CAT scan", "ct scan")]
    [InlineData("my cat", "my cat")]
    public void Terms_InlineRules_MapAsSolrExpandFalse(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), WithInline.Terms(text));
    }

    [Fact]
    public void Terms_WithoutSynonyms_KeepTheWords()
    {
        Assert.Equal(["short", "breath"], new EnglishAnalyzer().Terms("short of breath"));
        Assert.Equal(["automobil"], new EnglishAnalyzer().Terms("automobile"));
    }

    [Theory]
    [InlineData("car, automobile\nfoo => bar => baz\n", 2, "more than one explicit mapping")]
    [InlineData("# comment\n\nok, fine\na, ,b\n", 4, "eliminated by analyzer")]
    [InlineData("ok, fine\r\n,\r\n", 2, "empty entry")]
    [InlineData("a => b, c => d", 1, "more than one explicit mapping")]
    public void Parse_MalformedLine_ThrowsNamingFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<SynonymFormatException>(() => SynonymFile.Parse(new StringReader(text), "bad-synonyms.txt"));
        Assert.Equal("bad-synonyms.txt", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"bad-synonyms.txt({line}): ", error.Message);
        // The reason is Lucene's cause, not its "at line 1" wrapper (the line of a one-line reader).
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("at line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedFile_NamesTheFileNotItsFolder()
    {
        var folder = Directory.CreateTempSubdirectory("mbcbot-synonyms-");
        try
        {
            var path = Path.Combine(folder.FullName, "broken.txt");
            File.WriteAllText(path, "fine, ok\n\nx => y => z\n");
            var error = Assert.Throws<SynonymFormatException>(() => SynonymFile.Load(path));
            Assert.Equal("broken.txt", error.SourceName);
            Assert.Equal(3, error.LineNumber);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_RealCorpusFile_Parses()
    {
        var map = SynonymFile.Load(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt"));
        Assert.NotNull(map.Fst);
        // Words holds the distinct outputs (the canonical forms): one per group, about 45 today.
        Assert.True(map.Words.Count >= 40, $"only {map.Words.Count} canonical forms");
        // The longest entries are six words ("for the rest of my life", "whites of my eyes are yellow").
        Assert.True(map.MaxHorizontalContext >= 5, $"longest entry {map.MaxHorizontalContext} words");
    }

    [Theory]
    // A sample of the real file's groups, each for the reason its comment gives.
    [InlineData("bone mets", "bone metastasi")]
    [InlineData("metastatic metastases", "metastasi metastasi")]
    [InlineData("is stage iv curable", "metastasi cure")]
    [InlineData("advanced breast cancer", "advanc metastasi breast cancer")]
    [InlineData("locally advanced breast cancer", "local advanc breast cancer")]
    [InlineData("chemo tumours", "chemotherapi tumor")]
    [InlineData("a cat scan", "ct scan")]
    [InlineData("an xray", "x rai")]
    [InlineData("her skin has gone yellow", "her skin ha jaundic")]
    [InlineData("tnbc", "tripl neg")]
    [InlineData("IV infusion", "iv infus")]
    public void Terms_RealCorpusFile_MapThePatientWords(string text, string expected)
    {
        var analyzer = new EnglishAnalyzer(SynonymFile.Load(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt")));
        Assert.Equal(expected.Split(' '), analyzer.Terms(text));
    }
}
