using System.Net.WebSockets;
using System.Text;

namespace MbcBot.DirectLine;

/// <summary>
/// GET /v3/directline/conversations/{id}/stream?watermark=N&amp;t=ticket: the WebSocket Web Chat receives on.
/// On connect it replays everything from the watermark, then sends every new activity as an ActivitySet text frame.
/// Frames from the client (directlinejs sends an empty one every 20 s) are read and ignored; ASP.NET Core's protocol
/// pings (<see cref="DirectLineOptions.KeepAliveInterval"/>) keep the connection alive and drop dead ones.
/// The ticket in <c>t</c> is a short-lived stream token, never logged.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    public static async Task HandleAsync(HttpContext context, string conversationId, string? watermark, string? t, DirectLineEndpoints.Services services)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadActivity("This route is a WebSocket; open it with a WebSocket upgrade.").ExecuteAsync(context);
            return;
        }

        if (!DirectLineAuthorization.TryAuthorize(services.Tokens, t, DirectLineToken.StreamScope, conversationId, out _, out var error))
        {
            await error.ExecuteAsync(context);
            return;
        }

        if (!services.Store.TryGet(conversationId, out var conversation))
        {
            await DirectLineErrors.ConversationNotFound().ExecuteAsync(context);
            return;
        }

        conversation.Touch(services.Time.GetUtcNow());
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stream = conversation.Subscribe(ActivitySetJson.ParseWatermark(watermark));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        try
        {
            var receiving = ReceiveUntilClosedAsync(socket, stop.Token);
            var sending = SendFramesAsync(socket, stream, stop.Token);
            if (await Task.WhenAny(receiving, sending) == sending)
            {
                // The server ended the stream (conversation expired, or the client fell too far behind): say so, and
                // give the client a moment to answer the close before the receive is cancelled (which aborts).
                await CloseQuietlyAsync(socket);
                await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(2), context.RequestAborted));
                await stop.CancelAsync();
            }
            else
            {
                // The client closed: stop the sender (it is idle or finishing a frame), then complete the handshake.
                await stop.CancelAsync();
                await sending;
                await CloseQuietlyAsync(socket);
            }
        }
        finally
        {
            conversation.Unsubscribe(stream);
            stream.Close();
        }
    }

    private static async Task SendFramesAsync(WebSocket socket, DirectLineStream stream, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in stream.Frames.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away; the receive side notices too.
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Aborted or closed without a handshake.
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "stream ended", timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Best effort: the connection is going away anyway.
        }
    }
}
