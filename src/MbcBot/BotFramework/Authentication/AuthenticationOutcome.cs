namespace MbcBot.BotFramework.Authentication;

/// <summary>The result of checking a request's caller.</summary>
/// <param name="Succeeded">False → answer 401.</param>
/// <param name="FailureReason">Why it failed, for the log only (never echoed to the caller).</param>
/// <param name="CallerId">The value to set on <c>activity.callerId</c> (brief §4.9); null when auth is disabled.</param>
/// <param name="VouchedServiceUrl">The serviceUrl a validated channel token's <c>serviceurl</c> claim vouched for.</param>
internal sealed record AuthenticationOutcome(bool Succeeded, string? FailureReason, string? CallerId, string? VouchedServiceUrl)
{
    /// <summary><c>urn:botframework:azure</c>: public-cloud channels, and Emulator tokens when auth is enabled.</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public static AuthenticationOutcome Anonymous { get; } = new(true, null, null, null);

    public static AuthenticationOutcome Fail(string reason) => new(false, reason, null, null);

    public static AuthenticationOutcome Channel(string serviceUrl) => new(true, null, AzureCallerId, serviceUrl);

    public static AuthenticationOutcome Emulator { get; } = new(true, null, AzureCallerId, null);
}
