using System.Text.RegularExpressions;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Text;

namespace MbcBot.Answering.Tests.Text;

public sealed class TieredRegexTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [Fact]
    public void New_BeforeCompiling_InterpretedAndMatching()
    {
        var compiler = new RegexCompiler();
        var regex = new TieredRegex(@"\bbreath\w*", Options, Timeout, compiler);

        Assert.False(regex.IsCompiled);
        Assert.True(regex.IsMatch("short of BREATH"));
        Assert.Equal(1, compiler.Waiting);
    }

    [Fact]
    public void CompileAll_Waiting_CompiledWithTheSameOptionsAndTimeout()
    {
        var compiler = new RegexCompiler();
        var regex = new TieredRegex(@"\bbreath\w*", Options | RegexOptions.Compiled, Timeout, compiler);
        Assert.Equal(Options, regex.Current.Options);

        compiler.CompileAll();

        Assert.True(regex.IsCompiled);
        Assert.Equal(Options | RegexOptions.Compiled, regex.Current.Options);
        Assert.Equal(Timeout, regex.Current.MatchTimeout);
        Assert.Equal(@"\bbreath\w*", regex.ToString());
        Assert.Equal(0, compiler.Waiting);
        Assert.Equal("breathless", regex.Match("she is breathless").Value);
    }

    [Fact]
    public void New_BadPattern_ThrowsAtOnce() =>
        Assert.Throws<RegexParseException>(() => new TieredRegex("(unclosed", Options, Timeout, new RegexCompiler()));

    [Fact]
    public void Start_Waiting_CompiledInTheBackgroundAndSoAreLaterOnes()
    {
        var compiler = new RegexCompiler();
        var before = new TieredRegex(@"\bfever\b", Options, Timeout, compiler);
        Assert.True(compiler.WaitIdle(TimeSpan.Zero)); // not started: nothing runs, nothing is compiled
        Assert.False(before.IsCompiled);

        compiler.Start();
        Assert.True(compiler.WaitIdle(TimeSpan.FromSeconds(60)));
        var after = new TieredRegex(@"\bseizure\b", Options, Timeout, compiler);
        Assert.True(compiler.WaitIdle(TimeSpan.FromSeconds(60)));

        Assert.True(before.IsCompiled);
        Assert.True(after.IsCompiled);
        Assert.Equal(0, compiler.Waiting);
    }

    [Fact]
    public void SafetyPatterns_InterpretedAndCompiled_SameMatches()
    {
        // What the tiering rests on: for every red-flag pattern, the interpreter and the compiled form find the same
        // matches, groups included, on emergency, everyday and odd texts.
        var table = RedFlagTable.Default;
        var patterns = table.Rules.SelectMany(r => new[] { r.Pattern, r.Companion })
            .Concat([table.ResolvedPast, table.Present, table.HappeningNow])
            .Concat(table.Languages.SelectMany(l => l.Rules.Select(r => r.Pattern)))
            .OfType<TieredRegex>()
            .Select(p => p.ToString())
            .ToList();
        var texts = MbcBot.Answering.Learning.ExampleSet.Embedded.Safety.Select(e => e.Text)
            .Concat([
                "my wife can't breathe and took 2 pills at 38.5 degrees", "temp 39,2 c since last night", "I'm not coughing up blood",
                "she had a seizure last year but not now", "what are the symptoms if it's gone to the lungs", "", "!!!", "ça va? 😀",
            ])
            .Select(SafetyText.Normalize)
            .ToList();
        Assert.True(patterns.Count > 40);
        Assert.True(texts.Count > 50);

        foreach (var pattern in patterns)
        {
            var interpreted = new Regex(pattern, Options, Timeout);
            var compiled = new Regex(pattern, Options | RegexOptions.Compiled, Timeout);
            foreach (var text in texts)
            {
                Assert.Equal(Describe(interpreted.Matches(text)), Describe(compiled.Matches(text)));
            }
        }
    }

    private static List<string> Describe(MatchCollection matches) =>
        [.. matches.Select(m => string.Join("|", m.Groups.Values.Select(g => $"{g.Name}:{g.Index}+{g.Length}")))];
}
