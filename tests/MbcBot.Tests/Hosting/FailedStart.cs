using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// Starts a web host that is expected to fail and returns the start-up error. Why the retry: WebApplicationFactory's
/// deferred host resolves IHostApplicationLifetime from the app's services while Program.cs's app.Run() is starting;
/// when start fails fast, app.Run() disposes the host first and the factory throws ObjectDisposedException instead of
/// the real error. Only that harness race is retried; any other outcome is returned on the first try.
/// </summary>
internal static class FailedStart
{
    private const int Attempts = 5;

    public static Exception Capture(Func<MbcBotApplication> create)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var app = create();
            try
            {
                app.CreateClient().Dispose();
            }
            catch (ObjectDisposedException) when (attempt < Attempts)
            {
                continue;
            }
            catch (Exception e)
            {
                return e;
            }

            throw new Xunit.Sdk.XunitException("The web host started; a start-up failure was expected.");
        }
    }
}
