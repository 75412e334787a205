using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.Testing;

/// <summary>
/// The bot on a real Kestrel socket at http://127.0.0.1:{random port}, for clients that need one (node's directlinejs,
/// a browser): WebApplicationFactory's in-memory TestServer has no sockets. One per test; dispose to stop it.
/// </summary>
internal sealed class KestrelMbcBot : IAsyncDisposable
{
    private KestrelMbcBot(MbcBotApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
    }

    public MbcBotApplication App { get; }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the host; <paramref name="configure"/> may swap services or settings first.</summary>
    public static KestrelMbcBot Start(Action<MbcBotApplication>? configure = null)
    {
        var app = new MbcBotApplication();
        configure?.Invoke(app);
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelMbcBot(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
