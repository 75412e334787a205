using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Safety;

public sealed class TriageSignalsTests
{
    private static readonly EmergencyCheck Emergency = new();

    private static IReadOnlyDictionary<string, float> Of(string text)
    {
        var values = TriageSignals.Compute(RedFlagTable.Default.Spelling.Fix(SafetyText.Normalize(text)).Text, Emergency);
        Assert.Equal(TriageSignals.Names.Count, values.Length);
        Assert.All(values, v => Assert.True(v is 0 or 1));
        return TriageSignals.Names.Select((n, i) => (n, values[i])).ToDictionary(x => x.n, x => x.Item2);
    }

    [Theory]
    [InlineData("temp 38.5 since last night", "fever-reading")]
    [InlineData("my temperature is 101.3 F", "fever-reading")]
    [InlineData("temp is 36.8, all fine", "normal-reading")]
    [InlineData("I'm not coughing up blood", "negation")]
    [InlineData("I'm not coughing up blood", "rule-denied")]
    [InlineData("I can't breathe", "rule-mention")]
    [InlineData("what is a PET scan?", "question")]
    [InlineData("what if she has a seizure", "hypothetical")]
    [InlineData("my wife has a headache", "person")]
    [InlineData("she had 2 scans", "digits")]
    public void Compute_Message_SetsTheSignal(string text, string signal) => Assert.Equal(1, Of(text)[signal]);

    [Theory]
    [InlineData("temp 36.8", "fever-reading")]
    [InlineData("temp 39.1", "normal-reading")]
    [InlineData("I am coughing up blood", "negation")]
    [InlineData("I am coughing up blood", "rule-denied")]
    [InlineData("what is a PET scan", "question")]
    [InlineData("what is a PET scan", "digits")]
    [InlineData("bake 200 degrees", "fever-reading")]
    public void Compute_Message_LeavesTheSignalOff(string text, string signal) => Assert.Equal(0, Of(text)[signal]);
}
