namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Words in a question that say what kind of answer is wanted, not what it is about: question words (what, how, which...),
/// auxiliaries and pronouns (does, can, my...), and generic verbs (tell, use, get, go...). Their analyzed terms are
/// dropped from a question's topic (<see cref="TermProfile.Topic"/>), which is what is searched and what counts toward
/// <see cref="AnswerConfidence"/>, because in a corpus of short passages one of them
/// matching by chance outweighed the topic ("what" in a page's body; Porter turns "used" into "us").
/// Two question words do carry a topic and are mapped by corpus/synonyms.txt instead: "why" (causes) and "where" (sites).
/// The list holds English function words, generic verbs and discourse adverbs, not words of any particular question.
/// </summary>
internal static class QueryWords
{
    public static readonly string[] Filler =
    [
        "what", "whats", "what's", "when", "which", "who", "whom", "whose", "how",
        "does", "do", "did", "done", "doing", "can", "could", "would", "should", "shall", "may", "might", "must", "will",
        "i", "im", "i'm", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "it", "its", "it's", "tell", "know", "explain",
        "define", "definition", "meaning", "mean", "means", "describe", "information", "info", "about", "get", "gets",
        "got", "getting", "have", "has", "had", "am", "are", "was", "were", "been", "being", "is", "there", "please",
        "thing", "things", "something", "anything", "any", "really", "just", "like", "want", "need", "much", "many",
        "called", "also", "some", "happen", "happens", "ok", "okay", "use", "used", "uses", "using", "go", "goes",
        "going", "gone", "went", "anyone", "someone", "possible", "usually", "hi", "hello", "hey", "thanks", "thank",

        // Discourse adverbs and text-speak: they qualify a question without changing its topic. Without them here, a
        // word the corpus never uses gets the largest weight, and "what exactly is ..." scored like "what is prostate ...".
        "exactly", "exact", "actually", "basically", "simply", "generally", "general", "overall", "specifically",
        "briefly", "quickly", "typically", "kind", "sort", "type", "u", "ur", "r", "pls", "plz", "more", "bit",
        "little", "example", "examples", "right", "now", "option", "options", "ever",
    ];
}
