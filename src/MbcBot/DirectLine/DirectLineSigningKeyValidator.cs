using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Outside Development (and the test host's "Testing" environment) <c>DirectLine:TokenSigningKey</c> is required, and
/// start-up fails naming it. Why fail rather than generate and store a key: without a shared key each process signs
/// with its own, so a restart invalidates every page's token and a second instance refuses the first one's; a key
/// written to a data folder would be a secret at rest beside the binary, need a writable disk (containers often
/// have none), and still not be shared between machines. A configured key is one decision, made once, in the
/// secret store, for every instance. In Development a random key per process is fine.
/// </summary>
internal sealed class DirectLineSigningKeyValidator(IHostEnvironment environment) : IValidateOptions<DirectLineOptions>
{
    public const string TestingEnvironment = "Testing";

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options) =>
        !string.IsNullOrWhiteSpace(options.TokenSigningKey) || environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"DirectLine:TokenSigningKey is required in the {environment.EnvironmentName} environment: without it every process signs "
                + "Direct Line tokens with its own random key, so a restart ends every conversation and a second instance refuses "
                + "the first one's tokens. Set it (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) as the environment "
                + "variable DirectLine__TokenSigningKey; see docs/operations.md.");
}
