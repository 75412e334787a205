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
    /// Longest message answered, in characters. Longer messages get a polite request to shorten it (they are still checked
    /// for emergencies first). QnA Maker's limit is 1,000; patients sometimes paste a paragraph of context, so 2,000.
    /// </summary>
    [Range(50, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>
    /// Three example questions for the welcome, small talk and "not covered" replies. Checked at start-up: each must be
    /// answered by the corpus, so an example never leads to a dead end.
    /// </summary>
    [Required]
    [Length(3, 3)]
    public string[] ExampleQuestions { get; set; } = [];
}
