namespace MbcBot.Hosting;

/// <summary>Headers every response carries, APIs and static files alike.</summary>
public static class SecurityHeadersExtensions
{
    /// <summary>
    /// <c>X-Content-Type-Options: nosniff</c> on every response, so a browser never runs a JSON or text answer as a
    /// script or page. (HSTS is ASP.NET Core's <c>UseHsts</c>, which adds it only to https responses.)
    /// </summary>
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return next(context);
    });
}
