using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Semantic;

public sealed class VectorCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mbcbot-vectorcache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void FileName_SameModelAndTexts_SameName() =>
        Assert.Equal(VectorCache.FileName("minilm", ["a", "b"]), VectorCache.FileName("minilm", ["a", "b"]));

    [Fact]
    public void FileName_Format_ModelThenSixteenHexDigits() =>
        Assert.Matches(@"^minilm-[0-9a-f]{16}\.vectors$", VectorCache.FileName("minilm", ["a", "b"]));

    [Theory]
    [InlineData("minilm", new[] { "a", "B" })]        // a text's case changed
    [InlineData("minilm", new[] { "a", "b " })]       // a space added
    [InlineData("minilm", new[] { "b", "a" })]        // order changed
    [InlineData("minilm", new[] { "a" })]             // a text removed
    [InlineData("minilm", new[] { "a", "b", "" })]    // an empty text added
    [InlineData("minilm", new[] { "ab" })]            // texts run together
    [InlineData("minilm", new[] { "a", "b", "c" })]
    [InlineData("other", new[] { "a", "b" })]         // the model changed
    public void FileName_AnyChange_DifferentName(string model, string[] texts) =>
        Assert.NotEqual(VectorCache.FileName("minilm", ["a", "b"]), VectorCache.FileName(model, texts));

    [Fact]
    public void TrySaveThenTryLoad_SameVectors()
    {
        var path = Path.Combine(_folder, "sub", VectorCache.FileName("m", ["x", "y"]));
        float[][] vectors = [[0.6f, 0.8f, 0f], [-1f, 0f, float.Epsilon]];

        Assert.Null(VectorCache.TrySave(path, vectors));
        var loaded = VectorCache.TryLoad(path, 2, 3);

        Assert.NotNull(loaded);
        Assert.Equal(vectors, loaded);
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Equal(8 + 2 * 3 * 4, new FileInfo(path).Length);
    }

    [Fact]
    public void TrySave_Twice_Overwrites()
    {
        var path = Path.Combine(_folder, "v.vectors");
        VectorCache.TrySave(path, [[1f, 2f]]);

        Assert.Null(VectorCache.TrySave(path, [[3f, 4f]]));

        Assert.Equal([[3f, 4f]], VectorCache.TryLoad(path, 1, 2)!);
    }

    [Theory]
    [InlineData(3, 3)] // wrong count
    [InlineData(1, 3)]
    [InlineData(2, 4)] // wrong dimensions
    [InlineData(2, 2)]
    public void TryLoad_WrongCountOrDimensions_Null(int count, int dimensions)
    {
        var path = Path.Combine(_folder, "v.vectors");
        VectorCache.TrySave(path, [[1f, 0f, 0f], [0f, 1f, 0f]]);

        Assert.Null(VectorCache.TryLoad(path, count, dimensions));
    }

    [Fact]
    public void TryLoad_MissingFile_Null() => Assert.Null(VectorCache.TryLoad(Path.Combine(_folder, "none.vectors"), 1, 1));

    [Fact]
    public void TryLoad_TruncatedFile_Null()
    {
        var path = Path.Combine(_folder, "v.vectors");
        VectorCache.TrySave(path, [[1f, 0f, 0f], [0f, 1f, 0f]]);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^4]);

        Assert.Null(VectorCache.TryLoad(path, 2, 3));
    }

    [Fact]
    public void TryLoad_FileShorterThanItsHeader_Null()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "v.vectors");
        File.WriteAllBytes(path, [2, 0]);

        Assert.Null(VectorCache.TryLoad(path, 2, 3));
    }

    [Fact]
    public void TrySave_FolderIsAFile_ReasonInsteadOfThrowing()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "file");
        File.WriteAllText(blocker, "not a folder");

        var reason = VectorCache.TrySave(Path.Combine(blocker, "v.vectors"), [[1f]]);

        Assert.False(string.IsNullOrEmpty(reason));
    }
}
