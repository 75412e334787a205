using System.Text;
using System.Text.RegularExpressions;
using MbcBot.Answering.Understanding;
using MbcBot.Testing;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class SpellingCorrectorTests
{
    private static readonly string[] CorpusTexts =
    [
        "Symptoms of metastatic breast cancer in the bones include pain.",
        "Chemotherapy and hormone therapy are treatments; ask your doctor or your doctor's nurse.",
        "Seizures can happen when cancer spreads to the brain. Throwing up is a side effect.",
        "Sisters and daughters may ask about genes.",
    ];

    // Lower-case words are real English; "Brest" and "Wat" are names in the list, as in the Debian lists.
    private static readonly string[] EnglishWords =
        ["sister", "reckons", "really", "friend", "said", "keeps", "what", "hurts", "have", "today", "Brest", "Wat"];

    private static readonly TextSpeak Speak = TextSpeak.Parse(["wat, wot => what", "r => are", "u => you"], "t.txt");

    private static readonly SpellingCorrector Corrector = new(CorpusTexts, EnglishWords, Speak);

    [Theory]
    [InlineData("what are the symtoms", "what are the symptoms")]        // one deletion
    [InlineData("what are the sympptoms", "what are the symptoms")]      // one insertion
    [InlineData("what are the symptons", "what are the symptoms")]       // one substitution
    [InlineData("what are the sypmtoms", "what are the symptoms")]       // one transposition
    [InlineData("pain in the bons", "pain in the bones")]                // short word, one edit
    [InlineData("siezures and the brian", "seizures and the brain")]     // transpositions
    [InlineData("kemotherapy", "chemotherapy")]                          // long word, two edits
    [InlineData("hormone theraphy", "hormone therapy")]
    public void Correct_MisspelledCorpusWord_Corrected(string typed, string expected) =>
        Assert.Equal(expected, Corrector.Correct(typed));

    [Theory]
    [InlineData("the brxxn")]   // five letters, two edits from "brain": too far for a short word
    [InlineData("the bxxes")]   // five letters, two edits from "bones"
    [InlineData("the qwertyuiop")] // nothing close
    public void Correct_TooFarFromEveryCorpusWord_Kept(string typed) =>
        Assert.Equal(typed, Corrector.Correct(typed));

    [Fact]
    public void Correct_RealEnglishWordNotInCorpus_Kept() =>
        Assert.Equal("my sister reckons", Corrector.Correct("my sister reckons"));

    [Fact]
    public void Correct_SameWordWithoutTheWordList_BecomesTheCorpusWord()
    {
        var noWordList = new SpellingCorrector(CorpusTexts, [], TextSpeak.Empty);

        Assert.Equal("my sisters", noWordList.Correct("my sister"));
    }

    [Fact]
    public void Correct_CapitalisedMidSentence_KeptAsAName() =>
        Assert.Equal("my friend Bons said", Corrector.Correct("my friend Bons said"));

    [Fact]
    public void Correct_CapitalisedAfterSentenceEnd_Corrected() =>
        Assert.Equal("the pain. symptoms", Corrector.Correct("the pain. Symtoms"), ignoreCase: true);

    [Theory]
    [InlineData("teh bons", "teh bones")] // "teh" is one transposition from "the", but under four letters
    [InlineData("hte pian", "hte pain")]
    [InlineData("a bne", "a bne")]
    public void Correct_WordUnderFourLetters_Kept(string typed, string expected) =>
        Assert.Equal(expected, Corrector.Correct(typed));

    [Fact]
    public void Correct_TextSpeak_Rewritten() =>
        Assert.Equal("what are you symptoms", Corrector.Correct("wat r u symtoms"));

    [Fact]
    public void Correct_TextSpeakAnyCase_Rewritten() =>
        Assert.Equal("what are the symptoms", Corrector.Correct("WOT R the symptoms"));

    [Fact]
    public void Correct_TextSpeakTargets_CountAsKnownWords()
    {
        var speak = TextSpeak.Parse(["sx => symptoms"], "t.txt");
        var corrector = new SpellingCorrector(["pain"], [], speak);

        Assert.Equal("the symptoms", corrector.Correct("the symtoms"));
    }

    [Theory]
    [InlineData("your doctr's nurse", "your doctor's nurse")]
    [InlineData("the brian's nurse", "the brain's nurse")]
    public void Correct_Possessive_CorrectedAndKept(string typed, string expected) =>
        Assert.Equal(expected, Corrector.Correct(typed));

    [Fact]
    public void Correct_KnownPossessive_Kept() =>
        Assert.Equal("my sister's bones", Corrector.Correct("my sister's bones"));

    [Fact]
    public void Correct_PunctuationAndOrder_Kept() =>
        Assert.Equal("Symptoms,  in the (bones)?! - really... \"brain\"\n",
            Corrector.Correct("Symptoms,  in the (bons)?! - really... \"brian\"\n"));

    [Fact]
    public void Correct_CapitalisedWordListEntry_DoesNotShieldAMisspelling() =>
        Assert.Equal("my breast hurts", Corrector.Correct("my brest hurts"));

    [Fact]
    public void Correct_TextSpeakWordThatIsANameInTheWordList_Rewritten() =>
        Assert.Equal("what", Corrector.Correct("wat"));

    [Fact]
    public void Correct_NothingToChange_ReturnsTheSameInstance()
    {
        var text = "symptoms in the bones";

        Assert.Same(text, Corrector.Correct(text));
    }

    [Fact]
    public void Correct_Empty_Empty() => Assert.Equal("", Corrector.Correct(""));

    [Fact]
    public void Correct_Null_Empty() => Assert.Equal("", Corrector.Correct(null!));

    [Fact]
    public void Correct_HundredKilobytes_ReturnsCorrected()
    {
        var text = new StringBuilder();
        while (text.Length < 100_000)
        {
            text.Append("wat r the symtoms of brest cancr in the bons? ");
        }

        var corrected = Corrector.Correct(text.ToString());

        Assert.StartsWith("what are the symptoms of breast cancer in the bones? what are", corrected);
        Assert.DoesNotContain("symtoms", corrected);
    }

    [Theory]
    [InlineData(100_000)]
    public void Correct_OneHundredKilobyteWord_Kept(int length)
    {
        var word = new string('x', length);

        Assert.Equal(word, Corrector.Correct(word));
    }

    [Fact]
    public void Correct_DroppedGOfKnownIngForm_Kept() =>
        Assert.Equal("she keeps throwin up", Corrector.Correct("she keeps throwin up"));

    [Fact]
    public void Correct_TiedCandidates_TheMoreFrequentCorpusWordWins()
    {
        var corrector = new SpellingCorrector(["tones bones bones"], [], TextSpeak.Empty);

        Assert.Equal("bones", corrector.Correct("zones"));
    }

    [Fact]
    public void Correct_CloserCandidate_WinsOverAMoreFrequentOne()
    {
        var corrector = new SpellingCorrector(["bran bran bran brain"], [], TextSpeak.Empty);

        Assert.Equal("brain", corrector.Correct("brainn"));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(12, 2)]
    public void MaxDistance_ByLength(int length, int expected) => Assert.Equal(expected, SpellingCorrector.MaxDistance(length));

    [Fact]
    public void ReadWordList_MissingFile_NoWords() =>
        Assert.Empty(SpellingCorrector.ReadWordList(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "words")));

    [Fact]
    public void ReadWordList_File_TrimmedNonEmptyLines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["sister", "  reckons ", "", "Brest"]);

            Assert.Equal(["sister", "reckons", "Brest"], SpellingCorrector.ReadWordList(path).ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Correct_TextSpeakWithDigits_Rewritten()
    {
        var speak = TextSpeak.Parse(["b4 => before", "2day => today", "2moro => tomorrow"], "t.txt");
        var corrector = new SpellingCorrector(["more pain before today and tomorrow"], [], speak);

        Assert.Equal("pain before today or tomorrow", corrector.Correct("pain b4 2day or 2moro"));
    }

    [Fact]
    public void Correct_StagingCodeWithDigits_Kept()
    {
        var corrector = new SpellingCorrector(["stage"], [], TextSpeak.Parse(["n, nd => and", "r => are"], "t.txt"));

        Assert.Equal("stage T2 N1 M1, R0", corrector.Correct("stage T2 N1 M1, R0"));
    }

    [Fact]
    public void Correct_CapitalisedAtStartOfANewLine_Corrected() =>
        Assert.Equal("the pain\nsymptoms", Corrector.Correct("the pain\nSymtoms"), ignoreCase: true);

    [Fact]
    public void Correct_CurlyPossessive_ApostropheKept() =>
        Assert.Equal("your doctor’s nurse", Corrector.Correct("your doctr’s nurse"));

    [Fact]
    public void Correct_CurlyPossessive_Corrected() =>
        Assert.Equal("your doctor's nurse", Corrector.Correct("your doctr’s nurse").Replace('’', '\''));

    [Fact]
    public void Correct_WordWithDigits_Kept() =>
        Assert.Equal("symtoms2 brian4", Corrector.Correct("symtoms2 brian4"));

    [Theory]
    [InlineData("actualy", "actually")] // a tie with "actual": the longer word wins (typing drops letters)
    [InlineData("recieve", "receive")]
    public void Correct_MisspelledEverydayWordNotInTheCorpus_TheWordListWord(string typed, string expected)
    {
        var corrector = new SpellingCorrector(["breast cancer spreads"], ["actual", "actually", "receive", "relieve"], TextSpeak.Empty);

        Assert.Equal(expected, corrector.Correct(typed));
    }

    [Fact]
    public void Correct_CloseToACorpusWordAndAListWord_TheCorpusWordWins()
    {
        var corrector = new SpellingCorrector(["bones"], ["bonus"], TextSpeak.Empty);

        Assert.Equal("bones", corrector.Correct("bonea"));
    }

    [Fact]
    public void Correct_TyposOfCorpusWords_SameAsScanningEveryCorpusWord()
    {
        // Each word used a different number of times, so the rule (closest, then most used) has one answer to compare.
        var vocabulary = RealWords().Where(w => w.Length >= 4).Take(400).ToList();
        var corrector = new SpellingCorrector([string.Join(" ", vocabulary.SelectMany((w, i) => Enumerable.Repeat(w, i + 1)))], [], TextSpeak.Empty);
        var frequency = vocabulary.Select((w, i) => (w, i + 1)).ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);
        var corrected = 0;

        foreach (var typo in vocabulary.SelectMany(Typos).Distinct(StringComparer.Ordinal))
        {
            string? expected = null;
            if (!frequency.ContainsKey(typo) && !(typo.EndsWith("in", StringComparison.Ordinal) && frequency.ContainsKey(typo + "g")))
            {
                var limit = SpellingCorrector.MaxDistance(typo.Length);
                expected = vocabulary
                    .Select(w => (Word: w, Distance: EditDistance.Osa(typo, w, limit)))
                    .Where(x => x.Distance <= limit)
                    .OrderBy(x => x.Distance).ThenByDescending(x => frequency[x.Word])
                    .Select(x => x.Word)
                    .FirstOrDefault();
            }

            Assert.Equal(expected ?? typo, corrector.Correct(typo));
            if (expected is not null) corrected++;
        }

        Assert.True(corrected > 1_000, $"only {corrected} typos corrected");
    }

    [Fact]
    public void Correct_TyposOfWordListWords_SameAsScanningEveryWordWithTheFirstLetter()
    {
        var english = RealWords().Where(w => w.Length >= 3).Take(600).ToList();
        var corrector = new SpellingCorrector(["zzzz"], english, TextSpeak.Empty);
        var known = english.Append("zzzz").ToHashSet(StringComparer.Ordinal);
        var corrected = 0;

        foreach (var typo in english.Where(w => w.Length >= 4).SelectMany(Typos).Distinct(StringComparer.Ordinal))
        {
            string? expected = null;
            if (typo.Length >= 4 && !known.Contains(typo) && !(typo.EndsWith("in", StringComparison.Ordinal) && known.Contains(typo + "g")))
            {
                // Not within reach of the corpus ("zzzz"): the word-list rule, ties to the longer word, then the first.
                var limit = typo.Length >= 8 ? 2 : 1;
                expected = english
                    .Where(w => w[0] == typo[0])
                    .Select(w => (Word: w, Distance: EditDistance.Osa(typo, w, limit)))
                    .Where(x => x.Distance <= limit)
                    .OrderBy(x => x.Distance).ThenByDescending(x => x.Word.Length).ThenBy(x => x.Word, StringComparer.Ordinal)
                    .Select(x => x.Word)
                    .FirstOrDefault();
            }

            Assert.Equal(expected ?? typo, corrector.Correct(typo));
            if (expected is not null) corrected++;
        }

        Assert.True(corrected > 1_000, $"only {corrected} typos corrected");
    }

    /// <summary>The corpus's distinct lower-case words, in order of first use.</summary>
    private static IEnumerable<string> RealWords() =>
        Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f).ToLowerInvariant(), "[a-z]+").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal);

    /// <summary>One-edit typos of the word: deletions, adjacent transpositions, and substitutions and insertions of a few letters.</summary>
    private static IEnumerable<string> Typos(string word)
    {
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length) yield return word.Remove(i, 1);
            if (i + 1 < word.Length) yield return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
            foreach (var c in "aeist")
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length) yield return word[..i] + c + word[(i + 1)..];
            }
        }
    }
}
