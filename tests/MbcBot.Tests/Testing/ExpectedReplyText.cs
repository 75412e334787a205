using MbcBot.Answering;
using MbcBot.Bot.Turns;

namespace MbcBot.Tests.Testing;

/// <summary>
/// The text a reply activity carries outside Teams: the answering core's text with the <c>[n]</c> citation markers and
/// <c>[n]: cite:n</c> definitions the Bot layer adds to answers (<see cref="CitationMarkers"/>).
/// </summary>
internal static class ExpectedReplyText
{
    public static string For(Reply reply, string disclaimer) =>
        reply.Kind == ReplyKind.Answer ? CitationMarkers.Add(reply.Text, reply.Sources, disclaimer, withDefinitions: true) : reply.Text;
}
