namespace MbcBot.Answering.Learning;

/// <summary>
/// The words of a text and its pairs of adjacent words, lower-cased: the word features of the triage and act models.
/// A word is a run of letters, digits and apostrophes (curly or straight). Words in the scope of a negation — after
/// "no", "not", "never", "without", "don't"... up to the end of the clause (punctuation, "but", "because"...) — are
/// marked <c>not_</c>, so "no numbness or weakness" does not count as "numbness" and "weakness" (the classic negation
/// marking of bag-of-words classifiers); "can't" is no negation here, it is part of symptoms ("can't breathe"). Pairs keep
/// the little order a linear model needs. A model's vocabulary (the grams its file names, each seen in at least a few
/// training messages) is chosen by <c>train</c>; a gram outside it adds nothing.
/// </summary>
public static class WordGrams
{
    /// <summary>The prefix of a word-gram feature's name in a model file ("w:no fever").</summary>
    public const string Prefix = "w:";

    /// <summary>The prefix of a word in a negation's scope.</summary>
    public const string Negated = "not_";

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "without", "none", "nor", "neither", "denies", "denied",
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt",
        "weren't", "werent", "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt", "won't", "wont",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "because", "except", "whereas", "yet",
    };

    /// <summary>The distinct words and word pairs of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        var negated = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '.';
            if (char.IsLetterOrDigit(c) || c is '\'' or '\u2019')
            {
                if (start < 0) start = i;
                continue;
            }

            if (start >= 0)
            {
                var word = text[start..i].ToLowerInvariant().Replace('\u2019', '\'');
                start = -1;
                if (ClauseWords.Contains(word)) negated = false;
                var gram = negated ? Negated + word : word;
                if (Negations.Contains(word)) negated = true;
                grams.Add(gram);
                if (previous is not null) grams.Add(previous + " " + gram);
                previous = gram;
            }

            // A clause ends at punctuation: the negation's scope with it.
            if (c is ',' or '.' or ';' or ':' or '!' or '?' or '\n' or '(' or ')') negated = false;
        }

        return grams;
    }
}
