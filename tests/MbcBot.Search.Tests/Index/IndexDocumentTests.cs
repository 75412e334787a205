using MbcBot.Search.Index;

namespace MbcBot.Search.Tests.Index;

public sealed class IndexDocumentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Ctor_BlankId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => new IndexDocument(id, new Dictionary<string, string>()));
    }

    [Fact]
    public void Ctor_Id_IsKeptExactly()
    {
        Assert.Equal("Doc-01/A", new IndexDocument("Doc-01/A", new Dictionary<string, string>()).Id);
    }
}
