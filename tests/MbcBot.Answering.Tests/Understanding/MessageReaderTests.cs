using MbcBot.Answering.Tests.Testing;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class MessageReaderTests
{
    private sealed class Corrector : ITextCorrector
    {
        public string Correct(string text) => text.Replace("brest", "breast", StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Message_CorrectedThenCutThenEmbeddedInOneCall()
    {
        var embedder = new CountingEmbedder();
        var reader = new MessageReader(new Corrector(), embedder);

        var message = reader.Read("I have brest cancer. Where does it spread?");

        Assert.Equal("I have brest cancer. Where does it spread?", message.Text);
        Assert.Equal("I have breast cancer. Where does it spread?", message.Corrected);
        Assert.Equal(["I have breast cancer.", "Where does it spread?"], message.Parts);
        Assert.Equal(1, embedder.Calls);
        Assert.Equal(embedder.VectorOf(message.Corrected), message.Vectors!.Whole);
        Assert.Equal(embedder.VectorOf("Where does it spread?"), message.Vectors.Parts[1]);
    }

    [Fact]
    public void Units_SeveralParts_TheWholeThenEachPartWithItsVector()
    {
        var embedder = new CountingEmbedder();

        var units = new MessageReader(new Corrector(), embedder).Read("My legs are numb. Is it the brest cancer?").Units;

        Assert.Equal(["My legs are numb. Is it the breast cancer?", "My legs are numb.", "Is it the breast cancer?"], units.Select(u => u.Text));
        Assert.All(units, u => Assert.Equal(embedder.VectorOf(u.Text), u.Vector));
    }

    [Fact]
    public void Units_OnePart_TheWholeAlone() =>
        Assert.Single(new MessageReader(new Corrector(), new CountingEmbedder()).Read("where does it spread").Units);

    [Fact]
    public void Read_WithoutTheSentenceModel_NoVectorsAndUnitsWithoutThem()
    {
        var message = new MessageReader(new Corrector(), null).Read("brest. cancer here?");

        Assert.Null(message.Vectors);
        Assert.All(message.Units, u => Assert.Null(u.Vector));
    }

    [Fact]
    public void Read_NullOrBlank_EmbedsTheCorrectedTextWhole()
    {
        var embedder = new CountingEmbedder();
        var reader = new MessageReader(NoCorrection.Instance, embedder);

        var message = reader.Read(null!);

        Assert.Equal("", message.Text);
        Assert.Empty(message.Parts);
        Assert.Equal([""], embedder.Embedded);
        Assert.Single(message.Units);
    }
}
