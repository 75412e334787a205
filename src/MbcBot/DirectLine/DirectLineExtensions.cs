namespace MbcBot.DirectLine;

/// <summary>The self-hosted Direct Line 3.0 channel under /v3/directline that the Web Chat page talks to.</summary>
public static class DirectLineExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
