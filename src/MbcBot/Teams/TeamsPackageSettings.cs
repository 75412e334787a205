namespace MbcBot.Teams;

/// <summary>What varies between packages: the Azure Bot's app id, the package version (bump it on every re-upload) and the developer's https URLs.</summary>
internal sealed record TeamsPackageSettings(
    Guid AppId,
    string Version = "1.0.0",
    string WebsiteUrl = "https://example.org/mbcbot",
    string PrivacyUrl = "https://example.org/mbcbot/privacy",
    string TermsOfUseUrl = "https://example.org/mbcbot/terms");
