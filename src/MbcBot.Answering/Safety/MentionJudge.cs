using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Decides whether one red-flag mention in normalised text is a report of something happening to the user (or
/// someone with them) — an emergency — or an informational, negated, past or hypothetical mention, which goes to
/// retrieval. Rules, applied in order to the mention's sentence (split at . ! ? ; and line breaks) and its clause (the
/// sentence cut at commas, colons, "but", "because", "and &lt;new subject&gt;", ...):
/// 1. Negated → not an emergency: a negation cue ("no", "not", "don't", "never", "without", ...) in the clause before the
///    mention, at most 6 words back and after the last subject ("oh no, she's having a seizure" is not negated; "I don't
///    have chest pain" is). Hedges ("not sure", "don't know") are not negations. "can't" is never a cue: it is part of
///    symptoms ("can't breathe").
/// 2. Resolved past → not an emergency: the sentence says it is over ("years ago", "never since", "cleared with
///    antibiotics", "it's fine now"; <see cref="RedFlagTable.ResolvedPast"/>) and nothing in it brings it back to the
///    present ("again", "now", "since this morning"; <see cref="RedFlagTable.Present"/>).
/// 3. A person directly states it → emergency: a subject right before the mention, allowing only small verbs between
///    ("I can't breathe", "my wife is having a", "I think I'm coughing up", "her dad's speech", "my chest pain").
///    This beats rules 4–8, so "is it serious that I'm coughing up blood?" is an emergency: a question describing a
///    current personal symptom IS one.
/// 4. Reported speech about someone now → emergency: "my daughter says her dad's ...", "my husband told me he ...".
/// 5. Crisis felt → emergency: a feeling word before a crisis mention ("is it normal to feel suicidal after ...").
/// 6. A topic marker in the clause before it → informational: "signs of", "cause(s)", "what is", "treat(ed)",
///    "scared of", "I read", "watch for" ("can breast cancer cause seizures?", "how is fever treated during chemo").
/// 7. Hypothetical → informational (not for crisis): an "if"/"in case"/"when should" before it that is not a hedge
///    ("not sure if"): "what should I do if I get a fever during chemo?". A subject right after "if" never counts for
///    rule 3, so "if I have chest pain, who do I call?" is informational; "I'm not sure if I'm having a stroke" is not.
/// 8. A possibility question → informational (not for crisis): the sentence opens with can/could/will/does/is it/how
///    likely... ("can I get a fever from chemo?", "will I have seizures?").
/// 9. Happening now → emergency: a present-time cue in the sentence ("tonight", "right now", "an hour ago";
///    <see cref="RedFlagTable.HappeningNow"/>): "on chemo and reading 38.7 tonight".
/// 10. A personal word anywhere in the sentence (I, me, my, she, her, my mother, ...) → emergency ("why do I have chest pain").
/// 11. Curt: the sentence is little more than the symptom ("vomiting blood", "cant breath!!", "face drooping") →
///    emergency; for a bare condition name only with an urgency word ("seizure help!").
/// Otherwise informational ("is chest pain a sign of lung mets").
/// Recent past escalates: "I had a seizure yesterday" is not resolved (the text also offers the care team).
/// </summary>
internal static class MentionJudge
{
    private static readonly TieredRegex SentenceBreak = SafetyRegex.Create(@"[.!?;\n]+");

    private static readonly TieredRegex ClauseBreak = SafetyRegex.Create(
        @"[,:()]| - |\b(?:but|however|although|though|yet|except|whereas|because|so)\b" +
        @"|\band\b(?=\s+(?:i|i'm|im|my|she|he|she's|he's|now|then|it|it's|her|his|we|suddenly|also)\b)");

    private static readonly TieredRegex Hedge = SafetyRegex.Create(
        @"\b(?:not (?:sure|certain|100%)|(?:don'?t|do not|doesn'?t|dunno) know|no idea|unsure|not only|not just)\b");

    private static readonly TieredRegex Subject = SafetyRegex.Create(
        @"\b(?:i|i'm|im|i've|ive|we|we're|she|he|she's|he's|they're|my \w+|our \w+|her \w+|his \w+)\b");

    internal static readonly HashSet<string> NegationCues =
    [
        "no", "not", "never", "without", "none", "nor", "neither", "denies", "denied", "free",
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent",
        "wasn't", "wasnt", "weren't", "werent", "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt",
    ];

    private static readonly TieredRegex Strong = SafetyRegex.Create(
        @"(?:^|\s)(?<!\b(?:can|could|will|would|may|might|should|do|does|did|shall|must|am|is|are|if|whenever|in case|my|our|her|his|their) )" +
        @"(?:i|i'm|im|i've|ive|i'd|we|we're|she|he|she's|he's|(?:my|our) \w+(?:'s)?|(?:her|his|their) \w+'s|" +
        @"(?:mom|mum|mam|dad|wife|husband|nan|gran|grandma|grandad|partner)(?:'s)?)" +
        @"(?: (?:am|is|are|was|were|'s|'m|has|have|had|been|keep|keeps|kept|just|still|now|also|really|literally|" +
        @"suddenly|started|starting|start|starts|began|begun|having|getting|got|feel|feels|feeling|felt|think|" +
        @"thinks|seem|seems|a|an|the|some|bad|severe|sudden|new|real|very|so|like|again|constantly|badly|and|this|" +
        @"right|on|off|today|tonight|currently)){0,5}\s*$" +
        @"|(?:^|\s)(?:my|her|his|our)\s*$");

    /// <summary>A clause that leaves out "I" ("been throwing up blood", "keep coughing up blood", "just had a fit").</summary>
    private static readonly TieredRegex ImpliedSubject = SafetyRegex.Create(
        @"^(?:(?:been|keep|keeps|kept|just|started|starting|still|now|currently|having|had|got|getting|feeling|feel|really|so|also|" +
        @"suddenly|oh|omg|help|please|think|literally|cant|can't)\s*)+$");

    private static readonly TieredRegex ReportedSpeech = SafetyRegex.Create(
        @"\b(?:(?:my|our|her|his|the) \w+|she|he|they) (?:says|said|told me|tells me|thinks|reckons|is saying|keeps saying|just said|just told me)" +
        @"(?: that)? (?:she|he|i|they|her|his|my|it|mum|mom|dad|she's|he's|i'm|it's)\b");

    private static readonly TieredRegex Reporter = SafetyRegex.Create(
        @"\b(?:(?:my|our|her|his|the) \w+|she|he|they) (?:says|said|told me|tells me|is saying|keeps saying)\b");

    private static readonly TieredRegex Modal = SafetyRegex.Create(@"\b(?:might|may|could|can|would|risk|chance|possible|possibly|if)\b");

    private static readonly TieredRegex Feeling = SafetyRegex.Create(
        @"\b(?:feel|feels|feeling|felt|having|get|getting|thoughts?|thinking|been|becoming|so|really)\b");

    private static readonly TieredRegex Topic = SafetyRegex.Create(
        @"\b(?:causes?|caused|causing|lead(?:s|ing)? to|result(?:s|ing)? in|trigger(?:s|ed)?|signs?|symptoms?|" +
        @"risks?|chances? of|likelihood of|prevent(?:s|ing|ed)?|avoid(?:ing)?|(?<!\b(?:on|in|during|after|having|from|with|of|my|her|his) )treat(?:s|ed|ing|ment|ments)?|" +
        @"how (?:do|can|would|will|should) (?:i|you|we|one) (?:know|tell)|how to tell|" +
        @"manag(?:e|es|ed|ing|ement)|what(?:'s| is| are)|whats|define|definition|mean(?:s|ing)?|related to|linked to|" +
        @"associated with|scared of|afraid of|fear of|worried (?:about|that)|know about|learn(?:ed)? about|read|heard|" +
        @"told|said|says|watch (?:out )?for|look out for|information|info|tell me about|explain|difference between|" +
        @"side effects?|common|history of|prone to|types? of|kinds? of)\b");

    internal static readonly TieredRegex Hypothetical = SafetyRegex.Create(
        @"\b(?<!\b(?:sure|know|knows|wonder|wondering|wondered|tell|check|checking|see|asking|unsure|certain|idea) )" +
        @"(?:if|in case|suppose|supposing)\b|\bwhen (?:should|to|do|would|must|can|is it)\b");

    private static readonly TieredRegex PossibilityQuestion = SafetyRegex.Create(
        @"^\W*(?:(?:hi|hello|hey|ok|okay|so|also|and|um|well|quick question|question)\W+){0,3}" +
        @"(?:can|could|will|would|might|may|does|do|did|is it|are there|is there|how (?:likely|common|often)|" +
        @"what are the (?:chances|odds)|what's the (?:chance|risk)|am i (?:likely|at risk))\b(?!')");

    private static readonly TieredRegex WeakPersonal = SafetyRegex.Create(
        @"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|us|our|she|he|she's|he's|her|him|his|" +
        @"mom|mum|mother|dad|father|wife|husband|partner|sister|brother|daughter|son|friend)\b");

    private static readonly TieredRegex Word = SafetyRegex.Create(@"[a-z0-9][a-z0-9']*");

    private static readonly TieredRegex Urgency = SafetyRegex.Create(@"!|\b(?:help|now|urgent|emergency|911|asap|quick|please)\b");

    private static readonly HashSet<string> Filler =
    [
        "help", "please", "pls", "plz", "urgent", "now", "right", "again", "omg", "oh", "god", "so", "very", "really",
        "bad", "badly", "severe", "sudden", "suddenly", "hi", "hello", "hey", "still", "just", "a", "the", "some", "lot",
        "much", "911", "emergency", "asap", "quick", "started", "starting", "all", "of", "and", "ok", "okay", "wtf",
    ];

    private static readonly HashSet<string> QuestionOpeners =
    [
        "who", "where", "should", "will", "would", "did", "wonder", "wondering", "ask", "asking", "question", "know",
        "normal", "common", "usual", "typical", "worry", "worried", "expect", "happen", "happens", "anyone", "someone", "people", "you",
    ];

    private static readonly HashSet<string> InformationalWords =
    [
        "what", "how", "why", "which", "when", "is", "are", "can", "could", "does", "do", "sign", "signs", "symptom",
        "symptoms", "cause", "causes", "mean", "means", "about", "treatment", "treat", "treated", "define", "risk",
    ];

    /// <summary>
    /// Returns a short reason (no user text) when the mention is a red flag, or null when it is not.
    /// <paramref name="alsoRemove"/> is a second span (a paired symptom) that does not count against curtness.
    /// </summary>
    public static string? Judge(string text, Capture mention, MentionKind kind, Capture? alsoRemove = null)
    {
        var (sentenceStart, sentenceEnd) = SentenceBounds(text, mention.Index);
        var sentence = text[sentenceStart..sentenceEnd];
        var local = mention.Index - sentenceStart;
        var before = sentence[..local];
        var clause = LeftClause(before);

        if (IsNegated(clause)) return null;
        var table = RedFlagTable.Default;
        if (IsResolvedPast(table, sentence[(local - clause.Length)..])) return null;
        if (Strong.IsMatch(clause)) return "personal statement";
        if (ImpliedSubject.IsMatch(clause)) return "personal statement, subject left out";
        if ((ReportedSpeech.IsMatch(before) || (Reporter.IsMatch(before) && table.Present.IsMatch(sentence))) && !Modal.IsMatch(clause))
        {
            return "reported about someone now";
        }
        if (kind == MentionKind.Crisis && Feeling.IsMatch(clause)) return "feeling stated";
        if (Topic.IsMatch(clause)) return null;
        if (kind != MentionKind.Crisis && Hypothetical.IsMatch(before)) return null;
        if (kind != MentionKind.Crisis && PossibilityQuestion.IsMatch(sentence)) return null;
        if (table.HappeningNow.IsMatch(sentence)) return "happening now";
        if (WeakPersonal.IsMatch(sentence)) return "personal context";
        if (IsCurt(sentence, local, mention.Length, alsoRemove, sentenceStart, kind)) return "curt report";
        return kind != MentionKind.Condition && IsStatement(text, sentence, sentenceEnd) ? "stated, not asked" : null;
    }

    /// <summary>
    /// The mention's clause and the rest of its sentence say it is over, and nothing there (once the resolved phrases
    /// are blanked: "it's fine now" is not "now") brings it back.
    /// </summary>
    private static bool IsResolvedPast(RedFlagTable table, string window) =>
        table.ResolvedPast.IsMatch(window) && !table.Present.IsMatch(table.ResolvedPast.Replace(window, " "));

    /// <summary>A sentence with no question mark and no question or topic word: a report, subject or not.</summary>
    private static bool IsStatement(string text, string sentence, int sentenceEnd)
    {
        if (sentenceEnd < text.Length && text[sentenceEnd] == '?') return false;
        return !Word.Matches(sentence).Any(w => InformationalWords.Contains(w.Value) || QuestionOpeners.Contains(w.Value));
    }

    /// <summary>True when the mention is negated or resolved past (rules 1–2): the writer said it is not happening.</summary>
    public static bool IsDenied(string text, Capture mention)
    {
        var (sentenceStart, sentenceEnd) = SentenceBounds(text, mention.Index);
        var sentence = text[sentenceStart..sentenceEnd];
        var local = mention.Index - sentenceStart;
        var clause = LeftClause(sentence[..local]);
        return IsNegated(clause) || IsResolvedPast(RedFlagTable.Default, sentence[(local - clause.Length)..]);
    }

    private static (int Start, int End) SentenceBounds(string text, int index)
    {
        var start = 0;
        var end = text.Length;
        foreach (Match m in SentenceBreak.Matches(text))
        {
            if (m.Index + m.Length <= index) start = m.Index + m.Length;
            else if (m.Index >= index) { end = m.Index; break; }
        }

        return (start, Math.Max(start, end));
    }

    private static string LeftClause(string before)
    {
        var last = 0;
        foreach (Match m in ClauseBreak.Matches(before)) last = m.Index + m.Length;
        return before[last..].Trim();
    }

    private static bool IsNegated(string clause)
    {
        var masked = Hedge.Replace(clause, " ");
        var subjects = Subject.Matches(masked);
        var window = subjects.Count > 0 ? masked[subjects[^1].Index..] : masked;
        var words = Word.Matches(window).Select(w => w.Value).TakeLast(6);
        return words.Any(NegationCues.Contains);
    }

    private static bool IsCurt(string sentence, int local, int length, Capture? other, int sentenceStart, MentionKind kind)
    {
        var chars = sentence.ToCharArray();
        Array.Fill(chars, ' ', local, Math.Min(length, chars.Length - local));
        var otherLocal = other is null ? -1 : other.Index - sentenceStart;
        if (other is not null && otherLocal >= 0 && otherLocal < chars.Length)
        {
            Array.Fill(chars, ' ', otherLocal, Math.Min(other.Length, chars.Length - otherLocal));
        }

        var rest = Word.Matches(new string(chars)).Select(w => w.Value).Where(w => !Filler.Contains(w)).ToList();
        var curt = rest.Count <= 2 && !rest.Any(InformationalWords.Contains);
        return curt && (kind != MentionKind.Condition || Urgency.IsMatch(sentence));
    }
}
