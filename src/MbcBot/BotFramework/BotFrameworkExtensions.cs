namespace MbcBot.BotFramework;

/// <summary>The Bot Framework channel endpoint: POST /api/messages (Emulator, Teams, Azure Bot Service).</summary>
public static class BotFrameworkExtensions
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
