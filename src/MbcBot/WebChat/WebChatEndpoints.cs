namespace MbcBot.WebChat;

/// <summary>The patient page at GET / with the official Web Chat, served by the bot itself.</summary>
public static class WebChatEndpoints
{
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        WebChatTokenEndpoint.Map(endpoints);
        return endpoints;
    }
}
