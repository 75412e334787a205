using System.ComponentModel.DataAnnotations;

namespace MbcBot.Answering.Options;

/// <summary>The "Answering" section of appsettings.json: what the bot says around every answer, and where the corpus is.</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>The fixed safety disclaimer appended to answers, no-answer and advice replies, and shown on the welcome.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(600, MinimumLength = 20)]
    public string Disclaimer { get; set; } = "";

    /// <summary>The corpus folder; a relative path is resolved against the application's base directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>The synonyms file (Solr format); a relative path is resolved against the application's base directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SynonymsPath { get; set; } = "corpus/synonyms.txt";

    /// <summary>
    /// Text-speak and shorthand to rewrite before anything reads a message ("wat" → "what"), one rule a line with its
    /// reason; a relative path is resolved against the application's base directory.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string TextSpeakPath { get; set; } = "corpus/text-speak.txt";

    /// <summary>
    /// Kinds of question near the topic that the pages do not answer, with examples (<c>[kind]</c> groups); a relative
    /// path is resolved against the application's base directory. Used with the semantic model only.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string NotCoveredPath { get; set; } = "corpus/not-covered.txt";

    /// <summary>
    /// English word lists (one word a line) that tell a real word the corpus does not use ("sister", "reckons") from a
    /// misspelling to correct ("symtoms"). Debian's wamerican and wbritish by default; a missing file is skipped with a
    /// warning, and then only words close to no corpus word are left alone.
    /// </summary>
    public string[] WordListPaths { get; set; } = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"];

    /// <summary>
    /// Folder for files the bot can rebuild (the sentence vectors of the corpus and of the labelled examples, named by a
    /// hash of what they encode); the host reads a relative path inside the data folder (<c>Data:Path</c>). Empty: nothing
    /// is cached on disk and the model runs over the corpus and the examples at every start.
    /// </summary>
    public string CachePath { get; set; } = "data/cache";

    /// <summary>
    /// Longest message answered, in characters. Longer messages get a polite request to shorten it (they are still checked
    /// for emergencies first). QnA Maker's limit is 1,000; patients sometimes paste a paragraph of context, so 2,000.
    /// </summary>
    [Range(50, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>
    /// How many conversations the bot remembers between turns (the "did you mean" options offered, the last question
    /// for follow-ups); the least recently active is forgotten first. About 1 KB each.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>How long a conversation's state is kept after its last message.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ConversationTimeToLive { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Three example questions for the welcome, small talk and "not covered" replies. Checked at start-up: each must be
    /// answered by the corpus, so an example never leads to a dead end.
    /// </summary>
    [Required]
    [Length(3, 3)]
    public string[] ExampleQuestions { get; set; } = [];
}
