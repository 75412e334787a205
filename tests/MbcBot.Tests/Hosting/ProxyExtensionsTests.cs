using System.Net;
using MbcBot.Bot.Turns;
using MbcBot.Tests.DirectLine;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.Hosting;

/// <summary>
/// Issue 10, finding 2: behind a TLS proxy the page gets wss:// and each visitor keeps their own limit, but only when
/// the proxy is trusted; a configured public base URL wins; a malformed Host is never echoed. Real sockets: the proxy
/// is a client bound to 127.0.0.1 (trusted by default) or to 127.0.0.9 (not trusted).
/// </summary>
public sealed class ProxyExtensionsTests
{
    private const string TrustedProxy = "127.0.0.1";
    private const string UntrustedProxy = "127.0.0.9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static KestrelMbcBot StartBot(params (string Key, string Value)[] settings) => KestrelMbcBot.Start(app =>
    {
        foreach (var (key, value) in settings)
        {
            app.WithSetting(key, value);
        }

        app.WithServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(new EchoTestBot());
        });
    });

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string clientAddress, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", clientAddress);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "mbcbot.example.org");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return request;
    }

    private static async Task<string> StreamUrlAsync(HttpClient http, string clientAddress)
    {
        using var tokenResponse = await http.SendAsync(Forwarded(HttpMethod.Post, "/api/webchat/token", clientAddress), Ct);
        var token = (await ReadJsonAsync(tokenResponse, Ct))["token"]!.GetValue<string>();
        using var start = await http.SendAsync(Forwarded(HttpMethod.Post, "/v3/directline/conversations", clientAddress, token), Ct);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        return (await ReadJsonAsync(start, Ct))["streamUrl"]!.GetValue<string>();
    }

    [Fact]
    public async Task TrustedProxy_ForwardedHttps_PageAndStreamUseWssOnThePublicHost()
    {
        await using var bot = StartBot();
        using var http = DirectLineFloodTests.ClientFrom(bot.BaseAddress, TrustedProxy);

        var streamUrl = await StreamUrlAsync(http, "203.0.113.7");
        using var page = await http.SendAsync(Forwarded(HttpMethod.Get, "/", "203.0.113.7"), Ct);

        Assert.StartsWith("wss://mbcbot.example.org/v3/directline/conversations/", streamUrl);
        Assert.Contains("connect-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(page.Headers.Contains("Strict-Transport-Security"), "HSTS over https");
    }

    [Fact]
    public async Task TrustedProxy_TwoVisitors_EachKeepsTheirOwnTokenLimit()
    {
        await using var bot = StartBot(("DirectLine:TokensPerMinutePerClient", "2"));
        using var http = DirectLineFloodTests.ClientFrom(bot.BaseAddress, TrustedProxy);

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.SendAsync(Forwarded(HttpMethod.Post, "/api/webchat/token", "203.0.113.1"), Ct);
            first.Add(response.StatusCode);
        }

        using var second = await http.SendAsync(Forwarded(HttpMethod.Post, "/api/webchat/token", "203.0.113.2"), Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task UntrustedProxy_ForwardedHeadersIgnored_NoWssAndOneSharedLimit()
    {
        await using var bot = StartBot(("DirectLine:TokensPerMinutePerClient", "2"));
        using var http = DirectLineFloodTests.ClientFrom(bot.BaseAddress, UntrustedProxy);

        var streamUrl = await StreamUrlAsync(http, "203.0.113.1");
        using var second = await http.SendAsync(Forwarded(HttpMethod.Post, "/api/webchat/token", "203.0.113.2"), Ct);
        using var third = await http.SendAsync(Forwarded(HttpMethod.Post, "/api/webchat/token", "203.0.113.3"), Ct);

        Assert.StartsWith("ws://127.0.0.1:", streamUrl);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task TrustedProxy_ConfiguredProxyNetwork_IsTrustedToo()
    {
        await using var bot = StartBot(("Proxy:KnownNetworks:0", "127.0.0.8/30"));
        using var http = DirectLineFloodTests.ClientFrom(bot.BaseAddress, UntrustedProxy);

        var streamUrl = await StreamUrlAsync(http, "203.0.113.1");

        Assert.StartsWith("wss://mbcbot.example.org/", streamUrl);
    }

    [Fact]
    public async Task PublicBaseUrl_Configured_WinsOverRequestHeaders()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot()).WithSetting("Proxy:PublicBaseUrl", "https://chat.example.org");
        var client = app.Client();
        client.Http.DefaultRequestHeaders.Host = "evil.example";

        var (_, _, streamUrl) = await client.StartAsync(Ct);
        using var page = await client.Http.GetAsync("/", Ct);

        Assert.StartsWith("wss://chat.example.org/v3/directline/conversations/", streamUrl);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self';", csp); // the page is served from the public origin too
        Assert.DoesNotContain("evil", csp);
    }

    [Fact]
    public async Task MalformedHost_IsNotEchoedIntoThePolicyOrTheStreamUrl()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.Client();
        var token = await client.TokenAsync(Ct);
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/");
        pageRequest.Headers.TryAddWithoutValidation("Host", "evil.example;script-src *");
        using var startRequest = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        startRequest.Headers.TryAddWithoutValidation("Host", "evil.example;script-src *");
        startRequest.Headers.Authorization = new("Bearer", token);

        using var page = await client.Http.SendAsync(pageRequest, Ct);
        using var start = await client.Http.SendAsync(startRequest, Ct);

        Assert.DoesNotContain("evil", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.DoesNotContain("evil", await start.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task EveryResponse_ApiAndStaticFile_CarriesNoSniff()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var http = app.CreateClient();

        using var css = await http.GetAsync("/webchat/app.css", Ct);
        using var api = await http.PostAsync("/api/messages", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);
        using var directLine = await http.PostAsync("/v3/directline/conversations", null, Ct);

        Assert.All(new[] { css, api, directLine }, r => Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single()));
    }
}
