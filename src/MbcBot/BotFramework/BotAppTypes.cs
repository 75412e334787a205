namespace MbcBot.BotFramework;

/// <summary>Values of <c>BotFramework:MicrosoftAppType</c> (ConfigurationServiceClientCredentialFactory in the SDK).</summary>
public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
}
