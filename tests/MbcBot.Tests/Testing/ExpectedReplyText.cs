using MbcBot.Answering;
using MbcBot.Bot.Turns;

namespace MbcBot.Tests.Testing;

/// <summary>
/// The text a reply activity carries outside Teams: the answering core's text with the <c>[n]: cite:n</c> definitions
/// the Bot layer adds to answers (<see cref="ReferenceDefinitions"/>).
/// </summary>
internal static class ExpectedReplyText
{
    public static string For(Reply reply) =>
        reply.Kind == ReplyKind.Answer ? ReferenceDefinitions.Append(reply.Text, reply.Sources) : reply.Text;
}
