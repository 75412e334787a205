using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Safety;

public sealed class SemanticRedFlagsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mbcbot-redflag-vectors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Constructor_SameCacheFolderTwice_SecondRunEmbedsNoExemplar()
    {
        var first = new CountingEmbedder();
        _ = new SemanticRedFlags(first, _folder);
        var second = new CountingEmbedder();

        _ = new SemanticRedFlags(second, _folder);

        Assert.True(first.Embedded.Count > 50, $"the first run embeds every exemplar, got {first.Embedded.Count}");
        Assert.Empty(second.Embedded);
    }

    [Fact]
    public void Constructor_FromCache_SameVerdictsAsComputed()
    {
        var embedder = new CountingEmbedder();
        var computed = new SemanticRedFlags(embedder);
        _ = new SemanticRedFlags(embedder, _folder);
        var cached = new SemanticRedFlags(new CountingEmbedder(), _folder);

        foreach (var text in new[] { "i cant breathe", "what is a pet scan", "my legs went numb" })
        {
            Assert.Equal(computed.Assess(text).Similarity, cached.Assess(text).Similarity, 6);
        }
    }
}
