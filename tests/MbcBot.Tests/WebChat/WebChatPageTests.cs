using System.Net;
using MbcBot.Answering;
using MbcBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.WebChat;

public sealed class WebChatPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Root_ServesAccessiblePageWithNameTaglineAndConfiguredDisclaimer()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var disclaimer = app.Services.GetRequiredService<IAnswerService>().Disclaimer;

        using var response = await app.CreateClient().GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("<h1>MbcBot</h1>", html);
        Assert.Contains("metastatic breast cancer", html);
        Assert.Contains("<header>", html);
        Assert.Contains("<main>", html);
        Assert.Contains("<footer>", html);
        Assert.False(string.IsNullOrWhiteSpace(disclaimer));
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(disclaimer), html);
        Assert.True(html.IndexOf("disclaimer", StringComparison.Ordinal) < html.IndexOf("id=\"webchat\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Root_LoadsWebChatFromThisOriginOnly()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());

        var html = await app.CreateClient().GetStringAsync("/", Ct);

        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", html);
        Assert.DoesNotContain("cdn.botframework.com", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Get_Root_SendsSelfOnlyContentSecurityPolicyWithFreshStyleNonce()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        var client = app.CreateClient();

        using var first = await client.GetAsync("/", Ct);
        using var second = await client.GetAsync("/", Ct);

        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.NotEqual(csp, second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Get_RootWithAnotherHost_ContentSecurityPolicyNamesNoHost()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example:1";

        using var response = await app.CreateClient().SendAsync(request, Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("evil.example", csp);
        Assert.DoesNotContain("ws:", csp);
    }

    [Fact]
    public async Task Get_PageScript_UsesTokenEndpointOwnDirectLineWebSocketAndJoinEvent()
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());

        var script = await app.CreateClient().GetStringAsync("/webchat/app.js", Ct);

        Assert.Contains("'/api/webchat/token'", script);
        Assert.Contains("window.location.origin + '/v3/directline'", script);
        Assert.Contains("webSocket: true", script);
        Assert.Contains("name: 'webchat/join'", script);
    }

    [Theory]
    [InlineData("/lib/webchat.js", "/*! For license information please see webchat.js.LICENSE.txt */")]
    [InlineData("/lib/webchat.js.LICENSE.txt", "MIT")]
    [InlineData("/lib/NOTICE.txt", "botframework-webchat 4.18.1")]
    [InlineData("/lib/LICENSE-botframework-directlinejs.md", "MIT License")]
    public async Task Get_WebChatBundleAndNotices_ServedByTheBot(string path, string expected)
    {
        await using var app = DirectLineTestApp.Create(new EchoTestBot());

        using var response = await app.CreateClient().GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, body[..Math.Min(body.Length, 4000)]);
    }
}
