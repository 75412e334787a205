using Microsoft.Extensions.Options;

namespace MbcBot.BotFramework;

/// <summary>Start-up checks of the cross-field rules; each message names the key to fix.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private const string Prefix = BotFrameworkOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        var isSingle = string.Equals(options.MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);
        var isMulti = string.Equals(options.MicrosoftAppType, BotAppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase);
        if (!isSingle && !isMulti)
        {
            failures.Add($"{Prefix}MicrosoftAppType must be '{BotAppTypes.SingleTenant}' or '{BotAppTypes.MultiTenant}' (managed identity is not supported); got '{options.MicrosoftAppType}'.");
        }

        if (options.IsAuthenticationEnabled)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
            {
                failures.Add($"{Prefix}MicrosoftAppId must be the Azure Bot's app id (a GUID).");
            }

            if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"{Prefix}MicrosoftAppPassword is required when {Prefix}MicrosoftAppId is set.");
            }

            if (isSingle && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add($"{Prefix}MicrosoftAppTenantId is required when {Prefix}MicrosoftAppType is SingleTenant.");
            }
        }

        RequireHttpsUrl(failures, nameof(options.ChannelOpenIdMetadataUrl), options.ChannelOpenIdMetadataUrl);
        RequireHttpsUrl(failures, nameof(options.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl);
        RequireHttpsUrl(failures, nameof(options.LoginEndpoint), options.LoginEndpoint);
        if (Uri.TryCreate(options.LoginEndpoint, UriKind.Absolute, out var login) && login.AbsolutePath != "/")
        {
            // MSAL reads the first path segment as the tenant, so the tenant is appended here and nothing else may be.
            failures.Add($"{Prefix}LoginEndpoint must be a scheme and host only (e.g. https://login.microsoftonline.com); got '{options.LoginEndpoint}'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttpsUrl(List<string> failures, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Prefix}{key} must be an absolute https URL; got '{value}'.");
        }
    }
}
