namespace MbcBot.Answering.Understanding;

/// <summary>
/// Cuts a message into the parts the safety classifier reads one by one: its sentences (ended by . ! ? ; or a line
/// break), a part of one word joined to its neighbour, and a long stretch without punctuation (voice dictation) cut
/// every <see cref="ChunkWords"/> words. Joined with single spaces, the parts give the message's words in order.
/// At most <see cref="MaxParts"/> parts: the rest joins the last, so a pasted page costs no more than a long message.
/// </summary>
public static class MessageParts
{
    public const int ChunkWords = 16;
    public const int MaxParts = 12;

    /// <summary>A stretch longer than this many words is cut into chunks.</summary>
    private const int LongWords = 24;

    public static IReadOnlyList<string> Split(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentences = Sentences(message);
        var parts = new List<string>();
        foreach (var sentence in sentences)
        {
            if (sentence.Count > LongWords)
            {
                for (var i = 0; i < sentence.Count; i += ChunkWords)
                {
                    Add(parts, sentence.Skip(i).Take(ChunkWords).ToList());
                }
            }
            else
            {
                Add(parts, sentence);
            }
        }

        if (parts.Count > MaxParts)
        {
            parts[MaxParts - 1] = string.Join(' ', parts.Skip(MaxParts - 1));
            parts.RemoveRange(MaxParts, parts.Count - MaxParts);
        }

        return parts;
    }

    private static void Add(List<string> parts, List<string> words)
    {
        if (words.Count == 0) return;
        var text = string.Join(' ', words);
        if (words.Count == 1 && parts.Count > 0)
        {
            parts[^1] += " " + text;
        }
        else
        {
            parts.Add(text);
        }
    }

    /// <summary>The words of each sentence; a sentence ends at . ! ? ; or a line break.</summary>
    private static List<List<string>> Sentences(string message)
    {
        var sentences = new List<List<string>>();
        foreach (var line in message.Split('\n'))
        {
            var current = new List<string>();
            foreach (var word in line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                current.Add(word);
                if (EndsSentence(word))
                {
                    sentences.Add(current);
                    current = [];
                }
            }

            if (current.Count > 0) sentences.Add(current);
        }

        return sentences;
    }

    private static bool EndsSentence(string word) => word[^1] is '.' or '!' or '?' or ';';
}
