using MbcBot.BotFramework;

namespace MbcBot.Tests.BotFramework;

public sealed class BotFrameworkOptionsValidatorTests
{
    private static string? Validate(BotFrameworkOptions options) =>
        new BotFrameworkOptionsValidator().Validate(null, options).FailureMessage;

    [Fact]
    public void Validate_Defaults_AreEmulatorModeAndValid()
    {
        Assert.Null(Validate(new BotFrameworkOptions()));
    }

    [Fact]
    public void Validate_SingleTenantWithEverything_IsValid()
    {
        Assert.Null(Validate(new BotFrameworkOptions
        {
            MicrosoftAppId = Guid.NewGuid().ToString(),
            MicrosoftAppPassword = "s",
            MicrosoftAppTenantId = Guid.NewGuid().ToString(),
            MicrosoftAppType = BotAppTypes.SingleTenant,
        }));
    }

    [Theory]
    [InlineData("not-a-guid", "secret", "t", "SingleTenant", "BotFramework:MicrosoftAppId")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, "t", "SingleTenant", "BotFramework:MicrosoftAppPassword")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "secret", null, "SingleTenant", "BotFramework:MicrosoftAppTenantId")]
    [InlineData(null, null, null, "UserAssignedMsi", "BotFramework:MicrosoftAppType")]
    public void Validate_BadCombination_NamesTheKey(string? appId, string? password, string? tenant, string appType, string key)
    {
        var message = Validate(new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
            MicrosoftAppType = appType,
        });

        Assert.Contains(key, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("not a url")]
    public void Validate_MetadataNotHttps_NamesTheKey(string url)
    {
        Assert.Contains("BotFramework:ChannelOpenIdMetadataUrl", Validate(new BotFrameworkOptions { ChannelOpenIdMetadataUrl = url }), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoginEndpointWithPath_NamesTheKey()
    {
        Assert.Contains("BotFramework:LoginEndpoint", Validate(new BotFrameworkOptions { LoginEndpoint = "https://login.microsoftonline.com/tenant" }), StringComparison.Ordinal);
    }
}
