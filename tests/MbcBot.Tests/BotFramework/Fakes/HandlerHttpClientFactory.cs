namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>An IHttpClientFactory whose every client talks to one in-process handler.</summary>
internal sealed class HandlerHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
