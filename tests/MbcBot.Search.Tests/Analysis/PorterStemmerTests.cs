using MbcBot.Search.Analysis;

namespace MbcBot.Search.Tests.Analysis;

public sealed class PorterStemmerTests
{
    /// <summary>Examples from Porter (1980), steps 1a–5b, run through the whole algorithm.</summary>
    public static TheoryData<string, string> PublishedPairs => new()
    {
        { "caresses", "caress" }, { "ponies", "poni" }, { "ties", "ti" }, { "caress", "caress" }, { "cats", "cat" },
        { "feed", "feed" }, { "agreed", "agre" }, { "plastered", "plaster" }, { "bled", "bled" }, { "motoring", "motor" },
        { "sing", "sing" }, { "conflated", "conflat" }, { "troubled", "troubl" }, { "sized", "size" }, { "hopping", "hop" },
        { "tanned", "tan" }, { "falling", "fall" }, { "hissing", "hiss" }, { "fizzed", "fizz" }, { "failing", "fail" },
        { "filing", "file" }, { "happy", "happi" }, { "sky", "sky" },
        { "relational", "relat" }, { "conditional", "condit" }, { "rational", "ration" }, { "valenci", "valenc" },
        { "hesitanci", "hesit" }, { "digitizer", "digit" }, { "conformabli", "conform" }, { "radicalli", "radic" },
        { "differentli", "differ" }, { "vileli", "vile" }, { "analogousli", "analog" }, { "vietnamization", "vietnam" },
        { "predication", "predic" }, { "operator", "oper" }, { "feudalism", "feudal" }, { "decisiveness", "decis" },
        { "hopefulness", "hope" }, { "callousness", "callous" }, { "formaliti", "formal" }, { "sensitiviti", "sensit" },
        { "sensibiliti", "sensibl" },
        { "triplicate", "triplic" }, { "formative", "form" }, { "formalize", "formal" }, { "electriciti", "electr" },
        { "electrical", "electr" }, { "hopeful", "hope" }, { "goodness", "good" },
        { "revival", "reviv" }, { "allowance", "allow" }, { "inference", "infer" }, { "airliner", "airlin" },
        { "gyroscopic", "gyroscop" }, { "adjustable", "adjust" }, { "defensible", "defens" }, { "irritant", "irrit" },
        { "replacement", "replac" }, { "adjustment", "adjust" }, { "dependent", "depend" }, { "adoption", "adopt" },
        { "homologou", "homolog" }, { "communism", "commun" }, { "activate", "activ" }, { "angulariti", "angular" },
        { "homologous", "homolog" }, { "effective", "effect" }, { "bowdlerize", "bowdler" },
        { "probate", "probat" }, { "rate", "rate" }, { "cease", "ceas" }, { "controll", "control" }, { "roll", "roll" },
        { "generalizations", "gener" }, { "oscillators", "oscil" },
    };

    /// <summary>What Lucene 8.7's EnglishAnalyzer produced for MBC vocabulary (product anchors §4.2).</summary>
    public static TheoryData<string, string> LuceneMbcPairs => new()
    {
        { "metastasis", "metastasi" }, { "metastases", "metastas" }, { "metastatic", "metastat" },
        { "metastasized", "metastas" }, { "chemotherapy", "chemotherapi" }, { "radiation", "radiat" },
        { "radiotherapy", "radiotherapi" }, { "positive", "posit" }, { "triple", "tripl" }, { "negative", "neg" },
        { "curable", "curabl" }, { "does", "doe" }, { "palliative", "palli" }, { "hospice", "hospic" },
        { "bisphosphonates", "bisphosphon" }, { "cancer", "cancer" }, { "breast", "breast" },
    };

    [Theory]
    [MemberData(nameof(PublishedPairs))]
    [MemberData(nameof(LuceneMbcPairs))]
    public void Stem_KnownWord_GivesPorterStem(string word, string expected)
    {
        Assert.Equal(expected, Stem(word));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("4")]
    [InlineData("her2")]
    public void Stem_ShortOrAlphanumeric_IsUnchanged(string word)
    {
        Assert.Equal(word, Stem(word));
    }

    [Theory]
    [InlineData("ing")]
    [InlineData("sss")]
    [InlineData("eed")]
    [InlineData("yyy")]
    [InlineData("ies")]
    [InlineData("ational")]
    public void Stem_DegenerateSuffixOnlyWords_NeverThrowsOrLengthens(string word)
    {
        var stem = Stem(word);

        Assert.InRange(stem.Length, 1, word.Length);
    }

    private static string Stem(string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, PorterStemmer.Stem(buffer));
    }
}
