using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class FollowUpContextTests
{
    [Theory]
    [InlineData("what about the liver?")]
    [InlineData("and in the bones?")]
    [InlineData("one two three four five six seven")]
    [InlineData("")]
    public void IsShort_AtMostSevenWords_True(string message) => Assert.True(FollowUpContext.IsShort(message));

    [Theory]
    [InlineData("one two three four five six seven eight")]
    [InlineData("what are the symptoms when breast cancer spreads to the liver?")]
    public void IsShort_MoreThanSevenWords_False(string message) => Assert.False(FollowUpContext.IsShort(message));

    [Theory]
    [InlineData("what are the symptoms in the lungs", "what about the liver?", "what are the symptoms in the liver")]
    [InlineData("how is cancer in the bones treated", "and the brain?", "how is cancer in the brain treated")]
    [InlineData("pain in the liver", "what about lymph nodes?", "pain in the lymph nodes")]
    [InlineData("is spread to the Lungs serious", "and the LIVER", "is spread to the LIVER serious")]
    public void Combine_BothNameABodySite_NewSiteReplacesTheOld(string previous, string followUp, string expected) =>
        Assert.Equal(expected, FollowUpContext.Combine(previous, followUp));

    [Theory]
    [InlineData("what is hormone therapy", "and how long does it last?", "what is hormone therapy how long does it last?")]
    [InlineData("what is hormone therapy", "what about side effects?", "what is hormone therapy side effects?")]
    [InlineData("what is hormone therapy", "How about the cost?", "what is hormone therapy the cost?")]
    [InlineData("symptoms in the lungs", "how is it treated?", "symptoms in the lungs how is it treated?")]
    [InlineData("what is hormone therapy", "what about the liver?", "what is hormone therapy the liver?")]
    public void Combine_NotBothNamingASite_AppendedWithoutTheLead(string previous, string followUp, string expected) =>
        Assert.Equal(expected, FollowUpContext.Combine(previous, followUp));

    [Theory]
    [InlineData("what about the liver?")]
    [InlineData("And the bones?")]
    [InlineData("how about her brain")]
    [InlineData("so how is it treated")]
    public void LeansOnPrevious_OpensLikeAFollowUp_True(string message) =>
        Assert.True(FollowUpContext.LeansOnPrevious(message));

    [Theory]
    [InlineData("what is a PET scan?")]
    [InlineData("andrew asked about the liver")]
    [InlineData("liver")]
    public void LeansOnPrevious_AQuestionOfItsOwn_False(string message) =>
        Assert.False(FollowUpContext.LeansOnPrevious(message));

    [Fact]
    public void Combine_LeadWordInsideAnotherWord_Kept() =>
        Assert.Equal("what is hormone therapy android apps", FollowUpContext.Combine("what is hormone therapy", "android apps"));

    [Fact]
    public void Combine_SiteInsideAnotherWord_NotASite() =>
        Assert.Equal("pain in the bones ahead of time", FollowUpContext.Combine("pain in the bones", "ahead of time"));
}
