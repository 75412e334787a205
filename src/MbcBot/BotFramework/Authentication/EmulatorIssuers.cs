namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// Issuers of Emulator (AAD) tokens, from the SDK's EmulatorValidation.cs (botframework.com tenant "auth v3.1",
/// f8cdef31 "v3.2", US Gov) plus the 69e9b82d issuer the successor Agents SDK accepts; the configured tenant's v1 and
/// v2 issuers are added for single-tenant bots (brief §4.3) — as a per-instance list, not the SDK's racy static one.
/// </summary>
internal static class EmulatorIssuers
{
    private static readonly string[] KnownTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    private static readonly string[] UsGov =
    [
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public static IReadOnlySet<string> For(BotFrameworkOptions options)
    {
        var issuers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tenant in KnownTenants)
        {
            AddTenant(issuers, tenant);
        }

        issuers.UnionWith(UsGov);
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            AddTenant(issuers, options.MicrosoftAppTenantId.Trim());
        }

        issuers.UnionWith(options.AdditionalEmulatorIssuers);
        return issuers;
    }

    private static void AddTenant(HashSet<string> issuers, string tenant)
    {
        issuers.Add($"https://sts.windows.net/{tenant}/");
        issuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
    }
}
