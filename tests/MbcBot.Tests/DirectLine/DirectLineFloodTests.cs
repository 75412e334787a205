using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MbcBot.Bot.Turns;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static MbcBot.Tests.DirectLine.DirectLineTestClient;

namespace MbcBot.Tests.DirectLine;

/// <summary>
/// Issue 10, finding 1: conversations opened from many addresses must not lock a new visitor out. Real sockets, each
/// client bound to its own loopback address 127.0.0.x, against the bot on 127.0.0.1 (Linux routes all of 127/8).
/// </summary>
public sealed class DirectLineFloodTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartConversation_FloodFrom105LoopbackAddresses_NewVisitorStillChats()
    {
        await using var bot = KestrelMbcBot.Start(app => app
            .WithSetting("DirectLine:MaxConversations", "100")
            .WithServices(services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot>(new EchoTestBot());
            }));

        // Each address opens as many conversations as its token limit lets it (10 a minute), 1,050 in all.
        var floodStatuses = await Task.WhenAll(Enumerable.Range(2, 105).Select(async host =>
        {
            using var http = ClientFrom(bot.BaseAddress, $"127.0.0.{host}");
            var client = new DirectLineTestClient(http);
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 11; i++)
            {
                using var token = await http.PostAsync("/api/webchat/token", null, Ct);
                statuses.Add(token.StatusCode);
                if (token.IsSuccessStatusCode)
                {
                    var value = (await ReadJsonAsync(token, Ct))["token"]!.GetValue<string>();
                    using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", value, null, Ct);
                    statuses.Add(start.StatusCode);
                }
            }

            return statuses;
        }));

        using var visitorHttp = ClientFrom(bot.BaseAddress, "127.0.0.250");
        var visitor = new DirectLineTestClient(visitorHttp);
        var (conversationId, visitorToken, _) = await visitor.StartAsync(Ct);
        using var posted = await visitor.PostMessageAsync(conversationId, visitorToken, "what is metastatic breast cancer", "v1", Ct);
        var reply = await PollForBotReplyAsync(visitor, conversationId, visitorToken);

        // Every address was limited on its own (the 11th token was refused), so the addresses were told apart.
        Assert.All(floodStatuses, statuses => Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]));
        Assert.DoesNotContain(floodStatuses.SelectMany(s => s), s => s == HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Echo: what is metastatic breast cancer", Text(reply));
    }

    private static async Task<JsonNode> PollForBotReplyAsync(DirectLineTestClient client, string conversationId, string token)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null, timeout.Token);
            var activities = (await ReadJsonAsync(response, timeout.Token))["activities"]!.AsArray();
            var reply = activities.FirstOrDefault(a => a!["from"]?["role"]?.GetValue<string>() == "bot" && Type(a!) == "message");
            if (reply is not null)
            {
                return reply;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>An HttpClient whose connections leave from <paramref name="localAddress"/>.</summary>
    internal static HttpClient ClientFrom(Uri baseAddress, string localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }
}
