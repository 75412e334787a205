using System.IO.Compression;

namespace MbcBot.Tests.Teams;

public sealed class TeamsPackageCommandTests
{
    private static readonly Guid AppId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Fact]
    public async Task Run_WritesTheZip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mbcbot-{Guid.NewGuid():N}", "app.zip");
        try
        {
            var exit = await MbcBot.Cli.CommandLineApp.RunAsync(["teams-package", "--app-id", AppId.ToString(), "--output", path]);

            Assert.Equal(0, exit);
            using var zip = ZipFile.OpenRead(path);
            Assert.Equal(3, zip.Entries.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("not-a-guid", "1.0.0")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "v1")]
    public async Task Run_BadInput_Exits2WithoutWriting(string appId, string version)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mbcbot-{Guid.NewGuid():N}.zip");

        var exit = await MbcBot.Cli.CommandLineApp.RunAsync(["teams-package", "--app-id", appId, "--version", version, "--output", path]);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(path));
    }
}
