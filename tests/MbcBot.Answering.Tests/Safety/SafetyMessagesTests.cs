using MbcBot.Answering.Safety;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Tests.Safety;

public sealed class SafetyMessagesTests
{
    public static TheoryData<string> EmergencyCategories => new()
    {
        C.SpinalCordCompression, C.Seizure, C.Breathing, C.ChestPain, C.Fever, C.Bleeding, C.Stroke, C.Crisis, C.Collapse, "unknown",
    };

    [Theory]
    [MemberData(nameof(EmergencyCategories))]
    public void Emergency_AnyCategory_Mentions911AndCareTeam(string category)
    {
        var text = SafetyMessages.Emergency(category);

        Assert.Contains("911", text);
        Assert.Contains("care team", text);
        Assert.DoesNotContain("http", text);
        Assert.DoesNotContain("Source", text);
    }

    [Fact]
    public void Emergency_NullCategory_IsGeneralTextWith911AndCareTeam()
    {
        Assert.Equal(SafetyMessages.EmergencyGeneral, SafetyMessages.Emergency(null));
        Assert.Contains("911", SafetyMessages.EmergencyGeneral);
        Assert.Contains("care team", SafetyMessages.EmergencyGeneral);
    }

    [Fact]
    public void Emergency_Crisis_Gives988ForCallOrText()
    {
        var text = SafetyMessages.Emergency(C.Crisis);

        Assert.Contains("988", text);
        Assert.Contains("text", text);
        Assert.Contains("immediate danger", text);
    }

    [Fact]
    public void Emergency_SpinalCordCompression_SaysWhy() =>
        Assert.Contains("spinal cord compression", SafetyMessages.Emergency(C.SpinalCordCompression));

    [Fact]
    public void Emergency_UnknownCategory_IsGeneralText() =>
        Assert.Equal(SafetyMessages.EmergencyGeneral, SafetyMessages.Emergency("no-such-category"));

    [Fact]
    public void Advice_MentionsCareTeamAndGeneralInformation()
    {
        Assert.Contains("care team", SafetyMessages.Advice);
        Assert.Contains("general information", SafetyMessages.Advice);
        Assert.DoesNotContain("http", SafetyMessages.Advice);
    }

    [Theory]
    [InlineData(C.Greeting, SafetyMessages.Greeting)]
    [InlineData(C.Thanks, SafetyMessages.Thanks)]
    [InlineData(C.Help, SafetyMessages.Help)]
    [InlineData(C.Goodbye, SafetyMessages.Goodbye)]
    [InlineData(null, SafetyMessages.Greeting)]
    public void SmallTalk_Category_GivesFixedText(string? category, string expected) =>
        Assert.Equal(expected, SafetyMessages.SmallTalk(category));

    [Fact]
    public void AllTexts_AreShort()
    {
        string?[] categories = [C.SpinalCordCompression, C.Seizure, C.Breathing, C.ChestPain, C.Fever, C.Bleeding, C.Stroke, C.Crisis, null];

        Assert.All(categories, c => Assert.InRange(SafetyMessages.Emergency(c).Length, 50, 500));
        Assert.InRange(SafetyMessages.Advice.Length, 50, 400);
    }
}
