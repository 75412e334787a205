namespace MbcBot.Answering.Learning;

/// <summary>
/// How a labelled message is written. Leave-one-register-out validation trains without one register and measures on
/// it, so a model is judged on a way of writing it has never seen. The meanings are in examples/README.md.
/// </summary>
public static class Registers
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "plain", "text-speak", "fragment", "voice", "dialect", "non-native", "other-language", "clinical", "numbers",
        "relative", "reported-speech", "buried", "teen", "keywords", "abbreviations", "negation-contrast",
        // Written by the bot's curators rather than a voice: the corpus's curated questions, and misses users reported.
        "curated", "reported",
    };
}
