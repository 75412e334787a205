using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MbcBot.Tests.Testing;

/// <summary>
/// The web host as a separate process (<c>dotnet MbcBot.dll</c>, optionally under <c>setpriv</c> as another user), for
/// what an in-memory host cannot show: signals, users and file permissions. Started, it has printed Kestrel's
/// "Now listening on:"; its output is kept. Disposing kills it if it still runs.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>dotnet <paramref name="dll"/></c> with only <paramref name="environment"/> (plus PATH and HOME unless
    /// given), in <paramref name="workingDirectory"/>, as <paramref name="uid"/> when given, and waits until it listens.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string workingDirectory, int? uid = null)
    {
        var dotnet = Cli.MbcBotCli.Dotnet;
        var start = new ProcessStartInfo(uid is null ? dotnet : "setpriv")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (uid is { } id)
        {
            foreach (var argument in new[] { $"--reuid={id}", $"--regid={id}", "--clear-groups", "--", dotnet })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(dll);
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        start.Environment["HOME"] = "/nonexistent";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var bot = new BotProcess(new Process { StartInfo = start });
        bot._process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        var exited = bot._process.WaitForExitAsync();
        if (await Task.WhenAny(bot._listening.Task, exited, Task.Delay(StartTimeout)) != bot._listening.Task)
        {
            await bot.DisposeAsync();
            throw new Xunit.Sdk.XunitException($"The bot did not start listening:\n{bot.Output}");
        }

        return bot;
    }

    /// <summary>A TCP port nothing listens on now, for ASPNETCORE_HTTP_PORTS.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The port of the first "Now listening on:" address.</summary>
    public int Port { get; private set; }

    /// <summary>Sends SIGTERM (what a container runtime sends on stop) and waits for the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string Listening = "Now listening on: ";
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0 && Port == 0)
        {
            Port = new Uri(line[(at + Listening.Length)..].Trim().Replace("[::]", "localhost", StringComparison.Ordinal).Replace("*", "localhost", StringComparison.Ordinal)).Port;
            _listening.TrySetResult();
        }
    }
}
