using System.Collections.Concurrent;

namespace MbcBot.Answering.Text;

/// <summary>
/// Compiles <see cref="TieredRegex"/>es on one background thread (below normal priority), in the order they were built,
/// once <see cref="Start"/> has been called: the answer service calls it when start-up is done, so compiling never
/// competes with building the index. Regexes built after that are compiled as they come. Thread-safe.
/// </summary>
internal sealed class RegexCompiler
{
    /// <summary>The process's compiler, for every regex built without one.</summary>
    public static RegexCompiler Default { get; } = new();

    private readonly ConcurrentQueue<TieredRegex> _waiting = new();
    private readonly Lock _lock = new();
    private readonly ManualResetEventSlim _idle = new(initialState: true);
    private bool _started;
    private bool _running;

    /// <summary>How many regexes wait for their compiled form.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>From now on, compile every waiting regex, and each new one, in the background.</summary>
    public void Start()
    {
        lock (_lock)
        {
            _started = true;
        }

        Kick();
    }

    /// <summary>Compiles every waiting regex on the calling thread (for benchmarks, which measure the compiled forms).</summary>
    public void CompileAll()
    {
        while (_waiting.TryDequeue(out var regex))
        {
            regex.Compile();
        }
    }

    /// <summary>Waits until no regex waits and the background thread is idle; false on timeout.</summary>
    public bool WaitIdle(TimeSpan timeout) => _idle.Wait(timeout);

    internal void Enqueue(TieredRegex regex)
    {
        _waiting.Enqueue(regex);
        Kick();
    }

    private void Kick()
    {
        lock (_lock)
        {
            if (!_started || _running || _waiting.IsEmpty)
            {
                return;
            }

            _running = true;
            _idle.Reset();
        }

        new Thread(Drain) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "regex compiler" }.Start();
    }

    private void Drain()
    {
        while (true)
        {
            while (_waiting.TryDequeue(out var regex))
            {
                regex.Compile();
            }

            // Stop only when nothing was queued meanwhile, under the lock Enqueue's Kick takes: no regex is left behind.
            lock (_lock)
            {
                if (_waiting.IsEmpty)
                {
                    _running = false;
                    _idle.Set();
                    return;
                }
            }
        }
    }
}
