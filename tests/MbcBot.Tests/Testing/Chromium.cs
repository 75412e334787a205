using Microsoft.Playwright;

namespace MbcBot.Tests.Testing;

/// <summary>
/// Debian's headless Chromium (/usr/bin/chromium, installed by .ci/run; Playwright never downloads one), launched the
/// way every browser test here launches it.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static string MissingMessage => $"{Path} is missing: apt-get install chromium (.ci/run does).";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-quic"],
    });
}
