using System.Text.RegularExpressions;

namespace MbcBot.Answering.Text;

/// <summary>
/// A regular expression that matches with .NET's interpreter from the moment it is built and with its compiled form
/// once <see cref="RegexCompiler"/> has made it. Building a compiled regex emits and JIT-compiles IL (the safety rules'
/// hundred or so cost ~0.85 s of a core, about a third of start-up); the interpreter is built in microseconds and
/// matches the same: both run the one parse of the pattern, with the same options and timeout, and differ only in
/// speed. So start-up pays for parsing (a bad pattern still fails at load) and the compiled forms follow on a
/// background thread once the bot is ready. Thread-safe: the swap is one reference write.
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>Words, an apostrophe, digits and punctuation: most patterns find places to try in it.</summary>
    private const string WarmUpText = "my wife can't breathe, took 2 pills at 38.5 degrees; the quick brown fox? Yes!";

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private volatile Regex _current;

    /// <param name="options">Without <see cref="RegexOptions.Compiled"/>: this type decides when to compile.</param>
    /// <param name="compiler">Queues the compiled form; null for <see cref="RegexCompiler.Default"/>.</param>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout, RegexCompiler? compiler = null)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _timeout = timeout;
        _current = new Regex(pattern, _options, timeout);
        (compiler ?? RegexCompiler.Default).Enqueue(this);
    }

    /// <summary>The form matching now: interpreted until compiled.</summary>
    public Regex Current => _current;

    public bool IsCompiled => (_current.Options & RegexOptions.Compiled) != 0;

    public bool IsMatch(string input) => _current.IsMatch(input);

    public Match Match(string input) => _current.Match(input);

    public MatchCollection Matches(string input) => _current.Matches(input);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => _current.EnumerateMatches(input);

    public string Replace(string input, string replacement) => _current.Replace(input, replacement);

    public string Replace(string input, string replacement, int count) => _current.Replace(input, replacement, count);

    public int Count(string input) => _current.Count(input);

    public string[] Split(string input) => _current.Split(input);

    public override string ToString() => _pattern;

    /// <summary>
    /// Builds the compiled form and matches with it from then on (once; later calls do nothing). Should the runtime
    /// fail to compile it (it parsed the same pattern already), the interpreter goes on matching.
    /// </summary>
    internal void Compile()
    {
        if (IsCompiled)
        {
            return;
        }

        try
        {
            // The first match of a compiled regex JIT-compiles its code (milliseconds each, far more on a loaded machine),
            // and that time would count against the match timeout of a patient's message: it is paid here, before the swap.
            var compiled = new Regex(_pattern, _options | RegexOptions.Compiled, _timeout);
            compiled.IsMatch(WarmUpText);
            _current = compiled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Same matches, only slower.
        }
    }
}
