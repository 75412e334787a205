using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class CitationEntityTests
{
    [Fact]
    public void From_Source_WritesTheSchemaOrgMessageClaimShape()
    {
        var source = new SourceCitation("d", "d#1", "WebMD", "Metastatic Breast Cancer", "Overview", "Dr. A", "2024-01-02");

        var json = JsonSerializer.SerializeToElement(CitationEntity.From(source), ProtocolJson.Options);

        Assert.Equal("https://schema.org/Message", json.GetProperty("type").GetString());
        Assert.Equal("Message", json.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal(string.Empty, json.GetProperty("@id").GetString());
        var claim = json.GetProperty("citation")[0];
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal(1, claim.GetProperty("position").GetInt32());
        var appearance = claim.GetProperty("appearance");
        Assert.Equal("DigitalDocument", appearance.GetProperty("@type").GetString());
        Assert.Equal("Metastatic Breast Cancer", appearance.GetProperty("name").GetString());
        Assert.Equal("WebMD · Overview · reviewed by Dr. A, 2024-01-02", appearance.GetProperty("abstract").GetString());
    }

    [Fact]
    public void From_LongHeading_CapsTheAbstractAt160()
    {
        var source = new SourceCitation("d", "d#1", "P", "T", new string('h', 400), null, null);

        var entity = CitationEntity.From(source);

        var text = entity.ExtensionData!["citation"][0].GetProperty("appearance").GetProperty("abstract").GetString()!;
        Assert.Equal(CitationEntity.MaxAbstractLength, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NoReviewFields_OmitsTheReviewPart()
    {
        var entity = CitationEntity.From(new SourceCitation("d", "d#1", "NCI", "Title", null, null, null));

        Assert.Equal("NCI", entity.ExtensionData!["citation"][0].GetProperty("appearance").GetProperty("abstract").GetString());
    }
}
