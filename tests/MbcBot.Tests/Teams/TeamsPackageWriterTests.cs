using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Teams;

namespace MbcBot.Tests.Teams;

public sealed class TeamsPackageWriterTests
{
    private static readonly Guid AppId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static ZipArchive WritePackage()
    {
        var stream = new MemoryStream();
        TeamsPackageWriter.Write(stream, new TeamsPackageSettings(AppId));
        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Write_Package_HoldsExactlyThreeFilesAtTheRoot()
    {
        using var zip = WritePackage();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_Manifest_IsOnTheCurrentSchemaWithTheBot()
    {
        using var zip = WritePackage();

        var manifest = JsonDocument.Parse(Read(zip, "manifest.json")).RootElement;

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString());
        Assert.Equal("1.19", manifest.GetProperty("manifestVersion").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());
        Assert.Equal(AppId.ToString(), manifest.GetProperty("id").GetString());
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId.ToString(), bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.All(bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray(), c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.Equal("color.png", manifest.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", manifest.GetProperty("icons").GetProperty("outline").GetString());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
        Assert.InRange(manifest.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(manifest.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(manifest.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(manifest.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", manifest.GetProperty("developer").GetProperty(url).GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_ColorIcon_Is192SquareAndOpaque()
    {
        using var zip = WritePackage();

        var icon = PngImage.Decode(Read(zip, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
        Assert.Equal((TeamsIcons.Accent.R, TeamsIcons.Accent.G, TeamsIcons.Accent.B, (byte)255), icon.Pixel(0, 0));
        Assert.Contains((byte)255, Enumerable.Range(0, 192).Select(x => icon.Pixel(x, 96).R));
    }

    [Fact]
    public void Write_OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        using var zip = WritePackage();

        var icon = PngImage.Decode(Read(zip, "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels, p => Assert.True(p == (255, 255, 255, 255) || p.A == 0, $"pixel {p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }
}
