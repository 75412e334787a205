namespace MbcBot.DirectLine;

/// <summary>The outcome of checking a presented token: the token when valid, otherwise why not.</summary>
internal sealed record TokenCheck(DirectLineToken? Token, TokenFailure Failure)
{
    public static TokenCheck Valid(DirectLineToken token) => new(token, TokenFailure.None);

    public static TokenCheck Fail(TokenFailure failure) => new(null, failure);
}

internal enum TokenFailure
{
    None,

    /// <summary>Not a token we signed, malformed, or the wrong scope.</summary>
    Invalid,

    /// <summary>Correctly signed but past its expiry.</summary>
    Expired,
}
