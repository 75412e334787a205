using Microsoft.IdentityModel.Protocols;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// A cached metadata document (the channel keys' endorsements) that can be fetched afresh when a token was signed by
/// a key the cache lacks, i.e. the issuer rolled its keys and JwtBearer's key cache has just learnt the new one. A
/// reload builds a new <see cref="ConfigurationManager{T}"/> and swaps it in only once its fetch succeeded (an
/// unreachable issuer keeps the last good document), at most once per <see cref="MinimumReloadInterval"/> on the
/// injected clock. IdentityModel's own <c>RequestRefresh</c> is not used here: it is throttled on wall-clock time, not
/// the injected clock. Thread-safe.
/// </summary>
internal sealed class ReloadableMetadata<T>
    where T : class
{
    public static readonly TimeSpan MinimumReloadInterval = TimeSpan.FromMinutes(5);

    private readonly Func<ConfigurationManager<T>> _create;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private ConfigurationManager<T> _current;
    private DateTimeOffset? _lastReload;

    public ReloadableMetadata(Func<ConfigurationManager<T>> create, TimeProvider time)
    {
        _create = create;
        _time = time;
        _current = create();
    }

    public Task<T> GetAsync(CancellationToken cancellationToken) => Volatile.Read(ref _current).GetConfigurationAsync(cancellationToken);

    /// <summary>Fetches the document again unless that was done less than the minimum interval ago; true when it was.</summary>
    public async Task<bool> TryReloadAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_lastReload is { } last && now - last < MinimumReloadInterval)
            {
                return false;
            }

            _lastReload = now;
        }

        var fresh = _create();
        await fresh.GetConfigurationAsync(cancellationToken);
        Volatile.Write(ref _current, fresh);
        return true;
    }
}
