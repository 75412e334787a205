using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Understanding;
using MbcBot.Testing;

namespace MbcBot.Answering.Tests.Safety;

public sealed class RedFlagSpellingTests
{
    private static readonly RedFlagSpelling Spelling = RedFlagTable.Default.Spelling;

    [Theory]
    [InlineData("siezure", "seizure")]
    [InlineData("chesst", "chest")]
    [InlineData("cofing", "coughing")]
    [InlineData("blod", "blood")]
    [InlineData("bleding", "bleeding")]
    [InlineData("throwin", "throwing")]
    [InlineData("vomitting", "vomiting")]
    [InlineData("unconsciuos", "unconscious")]
    [InlineData("brething", "breathing")]
    [InlineData("convulsiom", "convulsion")]
    public void FixWord_TypoOfRedFlagWord_ReturnsTheWord(string typed, string meant) => Assert.Equal(meant, Spelling.FixWord(typed));

    [Theory]
    [InlineData("ever")]
    [InlineData("breeding")]
    [InlineData("chess")]
    [InlineData("blond")]
    [InlineData("flood")]
    [InlineData("paint")]
    [InlineData("never")]
    [InlineData("treating")]
    [InlineData("seizure")]
    [InlineData("garden")]
    public void FixWord_RealWordOrKnownWord_IsLeftAlone(string word) => Assert.Null(Spelling.FixWord(word));

    [Fact]
    public void Fix_KeepsEveryOtherCharacter()
    {
        var (text, changed) = Spelling.Fix("i'm not cofing up blod, ok?");

        Assert.Equal("i'm not coughing up blood, ok?", text);
        Assert.Equal(2, changed);
    }

    [Fact]
    public void FixWord_TyposAndCorpusWords_SameAsScanningTheWholeLexicon()
    {
        // The letter-mask shortcut must not change a single answer: compare with the rule applied to every lexicon word.
        var reference = BruteForceSpelling.FromRepository();
        var words = reference.Lexicon.SelectMany(w => Typos(w, new Random(w.Length * 7919 + w[0])))
            .Concat(CorpusWords())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(words.Count > 3_000, $"only {words.Count} words");
        Assert.All(words, w => Assert.Equal(reference.FixWord(w), Spelling.FixWord(w)));
        Assert.Contains(words, w => Spelling.FixWord(w) is not null && !reference.Variants.ContainsKey(w));
    }

    private static IEnumerable<string> CorpusWords() =>
        Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.md")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f).ToLowerInvariant(), "[a-z][a-z']*").Select(m => m.Value));

    /// <summary>Every one-edit typo of the word over a few letters, and some two-edit ones.</summary>
    private static IEnumerable<string> Typos(string word, Random random)
    {
        const string letters = "aeiorstlnbd";
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length) yield return word.Remove(i, 1);
            if (i + 1 < word.Length) yield return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
            foreach (var c in letters)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length) yield return word[..i] + c + word[(i + 1)..];
            }
        }

        for (var n = 0; n < 20; n++)
        {
            var chars = word.ToCharArray();
            chars[random.Next(chars.Length)] = letters[random.Next(letters.Length)];
            var typo = new string(chars);
            var at = random.Next(typo.Length);
            yield return typo.Remove(at, 1);
        }
    }

    /// <summary>The rule of <see cref="RedFlagSpelling"/> read from red-flags.json, checking every lexicon word.</summary>
    private sealed record BruteForceSpelling(HashSet<string> Lexicon, Dictionary<string, string> Variants, HashSet<string> Keep, int MinTokenLength)
    {
        public static BruteForceSpelling FromRepository()
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "red-flags.json")));
            var spelling = json.RootElement.GetProperty("spelling");
            var variants = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var v in spelling.GetProperty("variants").EnumerateArray())
            {
                foreach (var from in v.GetProperty("from").EnumerateArray()) variants[from.GetString()!] = v.GetProperty("to").GetString()!;
            }

            return new BruteForceSpelling(
                spelling.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal),
                variants,
                spelling.GetProperty("keep").EnumerateArray().SelectMany(k => k.GetProperty("words").EnumerateArray()).Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal),
                Math.Max(3, spelling.GetProperty("minTokenLength").GetInt32()));
        }

        public string? FixWord(string word)
        {
            if (Variants.TryGetValue(word, out var variant)) return variant == word ? null : variant;
            if (word.Length < MinTokenLength || Lexicon.Contains(word) || Keep.Contains(word)) return null;
            var within = Lexicon.Where(t => t.Length >= 5 && !t.Contains('\''))
                .Select(t => (Target: t, Distance: EditDistance.Osa(word, t, 5), Limit: t.Length >= 9 ? 2 : 1))
                .Where(x => x.Distance <= x.Limit)
                .ToList();
            if (within.Count == 0) return null;
            var best = within.Min(x => x.Distance);
            var closest = within.Where(x => x.Distance == best).ToList();
            return closest.Count == 1 ? closest[0].Target : null;
        }
    }

    [Theory]
    [InlineData("seizure", "siezure", 1, 1)]
    [InlineData("chest", "chesst", 1, 1)]
    [InlineData("abc", "abc", 1, 0)]
    [InlineData("breathing", "brxxthing", 1, 2)]
    public void Distance_IsOptimalStringAlignment_CappedAboveLimit(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, MbcBot.Answering.Understanding.EditDistance.Osa(a, b, limit));
}
