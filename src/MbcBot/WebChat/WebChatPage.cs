using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using MbcBot.Answering;

namespace MbcBot.WebChat;

/// <summary>
/// GET /: the patient page. Landmarks (banner, main, contentinfo), lang, a skip link, the bot's name, what it is, and
/// the disclaimer before the chat, then Web Chat (/lib/webchat.js, served by the bot) started by /webchat/app.js.
/// The disclaimer is a <c>details</c> element, open when the page loads; on a phone the page closes it once the first
/// question is sent, and its one-line summary opens it again (app.js, app.css).
/// Content-Security-Policy allows only this origin; Web Chat's runtime styles get a per-response nonce.
/// </summary>
internal static class WebChatPage
{
    public const string BotName = "MbcBot";
    public const string Tagline = "Answers questions about living with metastatic breast cancer from vetted, published sources, and names the source of every answer.";

    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    public static IResult Render(HttpContext context)
    {
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return Results.Content(Html(Disclaimer(context.RequestServices), nonce), "text/html; charset=utf-8");
    }

    /// <summary>The disclaimer exactly as the answering service has it, or as configured if that service is not registered.</summary>
    internal static string Disclaimer(IServiceProvider services) =>
        services.GetService<IAnswerService>()?.Disclaimer
        ?? services.GetRequiredService<IConfiguration>()["Answering:Disclaimer"]
        ?? "";

    /// <summary>
    /// Only this origin. connect-src is <c>'self'</c> alone: CSP Level 3 browsers (current Chromium, Firefox, Safari)
    /// match a same-origin ws:// or wss:// URL to <c>'self'</c>, so no origin taken from the request (whose Host header
    /// a client chooses) ever appears in the header.
    /// </summary>
    internal static string ContentSecurityPolicy(string nonce)
    {
        // The hash is that of the empty string: Web Chat 4.18.1 inserts one empty <style> element without the nonce.
        return "default-src 'none'; script-src 'self'; "
            + $"style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
    }

    private static string Html(string disclaimer, string nonce)
    {
        var e = HtmlEncoder.Default;
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="description" content="{{e.Encode(Tagline)}}">
              <title>{{BotName}}: questions about metastatic breast cancer</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="/webchat/app.css">
            </head>
            <body>
              <a class="skip-link" href="#chat">Skip to the chat</a>
              <header>
                <h1>{{BotName}}</h1>
                <p class="tagline">{{e.Encode(Tagline)}}</p>
              </header>
              <main>
                <section class="disclaimer" id="disclaimer" aria-labelledby="disclaimer-title">
                  <details id="disclaimer-details" open>
                    <summary><h2 id="disclaimer-title">Please read first</h2><span class="disclaimer-closed-hint">: not medical advice</span></summary>
                    <p>{{e.Encode(disclaimer)}}</p>
                  </details>
                </section>
                <section class="chat" id="chat" aria-labelledby="chat-title" tabindex="-1">
                  <h2 id="chat-title">Chat with {{BotName}}</h2>
                  <p id="webchat-status" role="alert" hidden></p>
                  <noscript><p>The chat needs JavaScript. Please turn it on and reload the page.</p></noscript>
                  <div id="webchat"></div>
                </section>
              </main>
              <footer>
                <span class="footer-long">Chat window: Microsoft Bot Framework</span> Web Chat 4.18.1, MIT License
                (<a href="/lib/NOTICE.txt">license</a>, <a href="/lib/webchat.js.LICENSE.txt">third-party notices</a>).
              </footer>
              <script src="/lib/webchat.js"></script>
              <script src="/webchat/app.js" nonce="{{nonce}}"></script>
            </body>
            </html>
            """;
    }
}
