using MbcBot.Answering.Text;
using System.Text.RegularExpressions;
using static MbcBot.Answering.Safety.SafetyRegex;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Whole-message small talk only: every segment of the message (split at punctuation) must be a greeting, thanks,
/// a request for help, or goodbye. "hi, what is metastatic breast cancer?" is a question with a greeting in front:
/// the greeting is ignored and the message is <see cref="TriageKind.None"/> (retrieval ranks on the question words).
/// When segments differ, the category is the most useful to answer: help &gt; goodbye &gt; thanks &gt; greeting.
/// </summary>
internal sealed class SmallTalkCheck : ISafetyCheck
{
    private static readonly TieredRegex Segments = Create(@"[^a-z' ]+");

    private static readonly (string Category, TieredRegex Pattern)[] Rules =
    [
        (C.Help, Create(@"^(?:help|help me|help please|can you help(?: me)?|i need help|what can you do|what do you do|" +
            @"what can you help (?:me )?with|what (?:can|should) i ask(?: you)?|what (?:kind of |sort of )?questions can i ask(?: you)?|" +
            @"how does this work|how do i use this|how do i use you|what are you|who are you|what is this|menu|options|commands|start|get started)$")),
        (C.Goodbye, Create(@"^(?:bye|bye bye|goodbye|good bye|bye for now|see you|see ya|see you later|take care|good night|goodnight|" +
            @"cya|later|farewell|that's all|that is all|i'm done|im done|that's it|have a (?:good|nice) (?:day|night|evening))$")),
        (C.Thanks, Create(@"^(?:(?:ok|okay|great|perfect|awesome|cool) )?(?:thanks|thank you|thank u|thx|ty|tysm|cheers|many thanks|much appreciated|" +
            @"appreciate it|i appreciate it|that (?:was|is|'s) (?:very |really |so )?helpful|that (?:really |so )?(?:helps|helped))" +
            @"(?: that (?:was |is |'s )?(?:really |so |very )?(?:helpful|helps|helped))?" +
            @"(?: (?:so|very) much| a lot| again)?(?: for (?:your |the |all (?:the |your )?)?(?:help|info|information|answers?|that|this|everything))?$")),
        (C.Greeting, Create(@"^(?:hi|hello|hey|hiya|howdy|yo|greetings|hola|hey hey|good (?:morning|afternoon|evening|day)|morning|evening)" +
            @"(?: (?:there|bot|mbcbot|everyone|all|friend))?$|^(?:how are you|how are you doing|how's it going|nice to meet you)(?: today)?$")),
    ];

    private static readonly string[] Priority = [C.Help, C.Goodbye, C.Thanks, C.Greeting];

    public TriageKind Kind => TriageKind.SmallTalk;

    public TriageResult Check(string normalized)
    {
        var segments = Segments.Split(normalized);
        var count = 0;
        foreach (var segment in segments)
        {
            if (!segment.AsSpan().Trim().IsEmpty) count++;
        }

        if (count == 0 || count > 4) return TriageResult.None;

        // Which categories the segments are, by their place in Priority.
        Span<bool> found = stackalloc bool[Priority.Length];
        foreach (var raw in segments)
        {
            var segment = raw.Trim();
            if (segment.Length == 0) continue;
            var category = FirstMatching(segment);
            if (category is null) return TriageResult.None;
            found[Array.IndexOf(Priority, category)] = true;
        }

        var best = Priority[found.IndexOf(true)];
        return new TriageResult(TriageKind.SmallTalk, best, $"{best}: whole message is small talk");
    }

    private static string? FirstMatching(string segment)
    {
        foreach (var (category, pattern) in Rules)
        {
            if (pattern.IsMatch(segment)) return category;
        }

        return null;
    }
}
