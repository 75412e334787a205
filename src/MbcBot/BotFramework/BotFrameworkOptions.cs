using System.ComponentModel.DataAnnotations;

namespace MbcBot.BotFramework;

/// <summary>
/// The <c>BotFramework</c> section of appsettings.json. With no <see cref="MicrosoftAppId"/> the endpoint runs in
/// Emulator mode (no tokens required, replies only to loopback). The key names match the Azure Bot resource's
/// (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType); as environment variables they are
/// <c>BotFramework__MicrosoftAppId</c> and so on. The metadata and login URLs default to the public cloud and exist
/// so tests can point them at a local fake issuer.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>The Azure Bot's Microsoft App ID (a GUID). Empty → Emulator mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app registration's client secret. Required with an app id.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The app's tenant. Required for SingleTenant; picks the outbound token authority.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>SingleTenant</c> (the only kind Azure creates since 2025-07) or <c>MultiTenant</c> (the SDK default).</summary>
    public string MicrosoftAppType { get; set; } = BotAppTypes.MultiTenant;

    /// <summary>Metadata for tokens that Azure Bot Service channels send (keys carry channel endorsements).</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Metadata for Emulator tokens (AAD common keys, no endorsements).</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The <c>iss</c> of channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Outbound token authority host, scheme and host only; the tenant (or botframework.com for MultiTenant) is appended.</summary>
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of outbound tokens for the Connector API.</summary>
    public string OutboundScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Accept Emulator tokens when an app id is set (the Emulator with credentials). Turn off in production if unused.</summary>
    public bool AcceptEmulatorTokens { get; set; } = true;

    /// <summary>Extra Emulator/AAD issuers to accept (Microsoft adds issuers over time).</summary>
    public List<string> AdditionalEmulatorIssuers { get; set; } = [];

    /// <summary>
    /// Hosts, besides loopback, that replies may go to when no channel token vouched for the serviceUrl
    /// (Emulator mode or Emulator tokens), e.g. a tunnel host. Exact host names, case-insensitive.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Largest accepted request body; larger gets 413. Default 256 KB (activities are a few KB).</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "BotFramework:MaxRequestBodyBytes must be between 1024 and 4194304.")]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest accepted <c>text</c>, in characters; longer gets 400 before the turn, so no per-character or per-mention
    /// work runs on it. Default 10000 (five times the longest question the answering core reads).
    /// </summary>
    [Range(100, 1_000_000, ErrorMessage = "BotFramework:MaxTextLength must be between 100 and 1000000.")]
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>
    /// Most items in an activity's <c>entities</c> (Teams: one per mention, plus clientInfo); more gets 400 before any
    /// is read. Default 50.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "BotFramework:MaxEntities must be between 1 and 10000.")]
    public int MaxEntities { get; set; } = 50;

    /// <summary>The read limits of <see cref="ActivityBodyReader"/>.</summary>
    internal ActivityLimits Limits => new(MaxRequestBodyBytes, MaxTextLength, MaxEntities);

    /// <summary>How long a (channelId, conversation id, activity id) is remembered to answer a channel's retry once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "BotFramework:DeduplicationWindow must be between 00:00:01 and 01:00:00.")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>At most this many activity ids are remembered; the oldest is forgotten first.</summary>
    [Range(16, 1_000_000, ErrorMessage = "BotFramework:DeduplicationCapacity must be between 16 and 1000000.")]
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>Retries of a reply the channel throttled (429). Other failures are not retried: sends are not idempotent.</summary>
    [Range(0, 10, ErrorMessage = "BotFramework:MaxSendRetries must be between 0 and 10.")]
    public int MaxSendRetries { get; set; } = 3;

    /// <summary>Longest wait before a retry, whatever Retry-After asks (a turn should finish within the channel's 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "BotFramework:MaxRetryDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>True when an app id is configured: tokens are required inbound and sent outbound.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
