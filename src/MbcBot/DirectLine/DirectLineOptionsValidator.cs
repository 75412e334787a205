using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>Checks what data annotations cannot: limits that depend on each other, and a configured signing key must be base64 of at least 32 bytes.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        if (options.MaxConversationsPerClient > options.MaxConversations)
        {
            return ValidateOptionsResult.Fail("DirectLine:MaxConversationsPerClient must not exceed DirectLine:MaxConversations.");
        }

        if (options.UnusedConversationTimeout > options.ConversationIdleTimeout)
        {
            return ValidateOptionsResult.Fail("DirectLine:UnusedConversationTimeout must not exceed DirectLine:ConversationIdleTimeout.");
        }

        if (string.IsNullOrWhiteSpace(options.TokenSigningKey))
        {
            return ValidateOptionsResult.Success;
        }

        var buffer = new byte[options.TokenSigningKey.Length];
        return Convert.TryFromBase64String(options.TokenSigningKey, buffer, out var length) && length >= MinKeyBytes
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"DirectLine:TokenSigningKey must be base64 of at least {MinKeyBytes} bytes (or empty to generate one at start-up).");
    }
}
