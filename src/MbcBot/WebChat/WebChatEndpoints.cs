using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MbcBot.WebChat;

/// <summary>
/// The patient page at GET / with the official Web Chat, served by the bot itself: the page, its script and styles
/// (wwwroot/webchat), the Web Chat bundle and its license notices (wwwroot/lib, copied from npm by the build), and the
/// token endpoint the page uses to open a Direct Line conversation.
/// </summary>
public static class WebChatEndpoints
{
    /// <summary>The page's script, styles and the Web Chat bundle.</summary>
    public static IApplicationBuilder UseWebChatStaticFiles(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = StaticFiles(app.ApplicationServices.GetRequiredService<IWebHostEnvironment>()),
        // Unversioned file names: let browsers keep them an hour, then revalidate (ETag).
        OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
    });

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", WebChatPage.Render);
        WebChatTokenEndpoint.Map(endpoints);
        return endpoints;
    }

    /// <summary>
    /// The web root, plus the wwwroot published beside the binary. Why: the content root is the current directory, so
    /// a published build started from elsewhere (<c>dotnet /srv/mbcbot/MbcBot.dll</c>) would otherwise serve no script.
    /// </summary>
    private static IFileProvider StaticFiles(IWebHostEnvironment environment)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(shipped)
            ? new CompositeFileProvider(environment.WebRootFileProvider, new PhysicalFileProvider(shipped))
            : environment.WebRootFileProvider;
    }
}
