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

    [Fact]
    public void From_TwoSourcesAndReplyId_NumbersClaimsAndCarriesTheIdInBothVotes()
    {
        var a = new SourceCitation("a", "a#1", "Moffitt", "Page A", null, null, "2021-02-03");
        var b = new SourceCitation("b", "b#1", "WebMD", "Page B", "Bones", "Dr. B", null);

        var json = JsonSerializer.SerializeToElement(CitationEntity.From([a, b], "0123456789abcdef0123456789abcdef"), ProtocolJson.Options);

        var claims = json.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(["cite:1", "cite:2"], claims.Select(c => c.GetProperty("@id").GetString()));
        Assert.Equal([1, 2], claims.Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal("Page A · Moffitt · reviewed 2021-02-03", claims[0].GetProperty("name").GetString());
        Assert.Contains("**Reviewed by:** Dr. B", claims[1].GetProperty("appearance").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(claims[0].GetProperty("appearance").TryGetProperty("url", out _));
        var votes = json.GetProperty("potentialAction").EnumerateArray().ToList();
        Assert.Equal(["LikeAction", "DislikeAction"], votes.Select(v => v.GetProperty("@type").GetString()));
        Assert.All(votes, v => Assert.Equal("urn:mbcbot:reply:0123456789abcdef0123456789abcdef", v.GetProperty("object").GetProperty("@id").GetString()));
    }

    [Fact]
    public void From_ForTeams_HasNoVotesAndNoDialogText()
    {
        var json = JsonSerializer.SerializeToElement(
            CitationEntity.From([new SourceCitation("d", "d#1", "NCI", "T", null, null, null)], replyId: null, includeText: false), ProtocolJson.Options);

        Assert.False(json.TryGetProperty("potentialAction", out _));
        Assert.False(json.GetProperty("citation")[0].GetProperty("appearance").TryGetProperty("text", out _));
    }
}
