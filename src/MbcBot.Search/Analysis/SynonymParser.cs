using System.Diagnostics.CodeAnalysis;

namespace MbcBot.Search.Analysis;

/// <summary>Parses the synonyms format documented on <see cref="SynonymMap"/> into a trie.</summary>
internal static class SynonymParser
{
    private const string Arrow = "=>";

    public static SynonymMap Parse(TextReader reader, string sourceName)
    {
        var root = new SynonymNode();
        var ruleCount = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            [DoesNotReturn]
            void Fail(string reason) => throw new SynonymFormatException(sourceName, lineNumber, reason);

            string[][] inputs;
            string[] output;
            var arrow = content.IndexOf(Arrow, StringComparison.Ordinal);
            if (arrow >= 0)
            {
                if (content.IndexOf(Arrow, arrow + Arrow.Length, StringComparison.Ordinal) >= 0) Fail("more than one '=>'");
                inputs = SplitEntries(content[..arrow], "left side of '=>'", Fail);
                var right = SplitEntries(content[(arrow + Arrow.Length)..], "right side of '=>'", Fail);
                if (right.Length != 1) Fail($"the right side of '=>' must be one entry, found {right.Length}");
                output = right[0];
            }
            else
            {
                inputs = SplitEntries(content, "synonym group", Fail);
                if (inputs.Length < 2) Fail("a synonym group needs at least two comma-separated entries (or use 'a => b')");
                output = inputs[0];
            }

            foreach (var input in inputs)
            {
                var node = root;
                foreach (var word in input)
                {
                    node = node.GetOrAdd(word);
                }

                if (node.Output is null)
                {
                    node.Output = output;
                    node.OutputLine = lineNumber;
                    ruleCount++;
                }
                else if (!node.Output.AsSpan().SequenceEqual(output))
                {
                    Fail($"'{string.Join(' ', input)}' is already mapped to '{string.Join(' ', node.Output)}' on line {node.OutputLine}");
                }
            }
        }

        return new SynonymMap(root, ruleCount);
    }

    private static string[][] SplitEntries(string text, string what, Action<string> fail)
    {
        var parts = text.Split(',');
        var entries = new string[parts.Length][];
        for (var i = 0; i < parts.Length; i++)
        {
            var entry = parts[i].Trim();
            if (entry.Length == 0)
            {
                fail($"empty entry in the {what}");
            }

            entries[i] = Words(entry);
            if (entries[i].Length == 0)
            {
                fail($"entry '{entry}' in the {what} contains no words");
            }
        }

        return entries;
    }

    /// <summary>Splits an entry exactly as the analyzer does before its synonym stage.</summary>
    private static string[] Words(string entry)
    {
        var tokenizer = new StandardTokenizer();
        tokenizer.SetInput(entry);
        using TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
        stream.Reset();
        var words = new List<string>();
        while (stream.IncrementToken())
        {
            words.Add(stream.Attributes.ToString());
        }

        stream.End();
        return [.. words];
    }
}
