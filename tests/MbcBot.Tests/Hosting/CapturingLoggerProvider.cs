using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// Records every log entry of a host at Trace level: category, formatted message, every structured value, every
/// scope value and the exception, so a test can check that nothing carries patient text.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(string Category, string Text)> Entries { get; } = new();

    /// <summary>Adds the provider to a host's services, with a provider rule that lets everything through.</summary>
    public void AddTo(IServiceCollection services) => services.AddLogging(logging => logging
        .AddProvider(this)
        .AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new List<string> { formatter(state, exception), exception?.ToString() ?? "" };
            text.AddRange(Values(state));
            owner._scopes.ForEachScope((scope, all) => all.AddRange(Values(scope)), text);
            owner.Entries.Enqueue((category, string.Join("\n", text)));
        }

        private static IEnumerable<string> Values(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => $"{p.Key}={p.Value}")
            : [state?.ToString() ?? ""];
    }
}
