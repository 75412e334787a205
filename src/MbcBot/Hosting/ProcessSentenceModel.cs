using MbcBot.Answering;
using MbcBot.Answering.Options;
using MbcBot.Answering.Semantic;

namespace MbcBot.Hosting;

/// <summary>
/// One sentence model and one vector cache per process, created on first use. Loading the model costs about a second
/// and ~90 MB, and every host in a process (tests start many) can share it; sharing the cache means the safety net and
/// the answer path embed a message once, and the corpus's vectors read from disk serve both. The cache's size is the
/// first host's <see cref="RetrievalOptions.EmbeddingCacheSize"/>. The model is never disposed: it lives as long as the process.
/// </summary>
internal static class ProcessSentenceModel
{
    private static readonly Lock Gate = new();
    private static ISentenceEmbedder? _shared;

    public static ISentenceEmbedder Get(RetrievalOptions retrieval)
    {
        lock (Gate)
        {
            return _shared ??= AnswerServiceBuilder.CreateEmbedder(retrieval);
        }
    }
}
