using MbcBot.Answering.Dialogue;

namespace MbcBot.Answering.Tests.Dialogue;

public sealed class ActSignalsTests
{
    public static TheoryData<string, float[]> Rows => new()
    {
        // text, [log(1 + words), question, opens-follow-up, leans-back, number-only]
        { "thanks", [MathF.Log(2), 0, 0, 0, 0] },
        { "what about the liver?", [MathF.Log(5), 1, 1, 0, 0] },
        { "and the bones", [MathF.Log(4), 0, 1, 0, 0] },
        { "what abt her lungs", [MathF.Log(5), 0, 1, 1, 0] },
        { "what is it?", [MathF.Log(4), 1, 0, 1, 0] },
        { "2", [MathF.Log(2), 0, 0, 0, 1] },
        { "2 3", [MathF.Log(3), 0, 0, 0, 1] },
        { "the 2nd", [MathF.Log(3), 0, 0, 0, 0] },
        { "", [0, 0, 0, 0, 0] },
        { "It\u2019s THAT one", [MathF.Log(4), 0, 0, 1, 0] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Compute_Text_TheShapeOfTheMessage(string text, float[] expected)
    {
        var signals = ActSignals.Compute(text);

        Assert.Equal(ActSignals.Names.Count, signals.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], signals[i], 5);
        }
    }
}
