using System.Threading.Channels;

namespace MbcBot.DirectLine;

/// <summary>
/// One subscriber of a conversation (an open WebSocket): a bounded queue of ready-to-send text frames.
/// The conversation writes under its lock, never blocking; the socket's send loop drains the queue in order, so frames
/// are never sent concurrently. A client that falls <see cref="Capacity"/> frames behind is cut off; it reconnects
/// and is replayed from its watermark, so nothing is lost.
/// </summary>
internal sealed class DirectLineStream
{
    public const int Capacity = 64;

    private readonly Channel<string> _frames = Channel.CreateBounded<string>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<string> Frames => _frames.Reader;

    /// <summary>Queues a frame; on overflow the stream is closed instead (see the class remarks).</summary>
    public void Enqueue(string frame)
    {
        if (!_frames.Writer.TryWrite(frame))
        {
            Close();
        }
    }

    /// <summary>Ends the stream: the send loop finishes the queued frames, then closes the socket.</summary>
    public void Close() => _frames.Writer.TryComplete();
}
