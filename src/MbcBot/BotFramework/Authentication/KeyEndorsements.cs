namespace MbcBot.BotFramework.Authentication;

/// <summary>For each signing key id, the channels it may sign for (the non-standard <c>endorsements</c> JWK member).</summary>
internal sealed record KeyEndorsements(IReadOnlyDictionary<string, IReadOnlyList<string>> ByKeyId)
{
    /// <summary>True when the key is endorsed for the channel (ordinal, as the SDK's EndorsementsValidator).</summary>
    public bool Allows(string? keyId, string? channelId) =>
        keyId is not null && channelId is not null
        && ByKeyId.TryGetValue(keyId, out var channels)
        && channels.Contains(channelId, StringComparer.Ordinal);

    /// <summary>True when the key id is listed at all (with or without endorsements).</summary>
    public bool Knows(string? keyId) => keyId is not null && ByKeyId.ContainsKey(keyId);
}
