using Microsoft.Net.Http.Headers;

namespace MbcBot.WebChat;

/// <summary>
/// The patient page at GET / with the official Web Chat, served by the bot itself: the page, its script and styles
/// (wwwroot/webchat), the Web Chat bundle and its license notices (wwwroot/lib, copied from npm by the build), and the
/// token endpoint the page uses to open a Direct Line conversation.
/// </summary>
public static class WebChatEndpoints
{
    private const string MiddlewareMarker = "MbcBot.WebChat.StaticFiles";

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints is IApplicationBuilder app && app.Properties.TryAdd(MiddlewareMarker, true))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                // Unversioned file names: let browsers keep them an hour, then revalidate (ETag).
                OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
            });
        }

        endpoints.MapGet("/", WebChatPage.Render);
        WebChatTokenEndpoint.Map(endpoints);
        return endpoints;
    }
}
