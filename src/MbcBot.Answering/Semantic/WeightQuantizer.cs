using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace MbcBot.Answering.Semantic;

/// <summary>
/// Dynamic int8 quantisation of an ONNX model's weight matrices, done in memory when the model loads: every
/// <c>MatMul</c> whose second input is a constant float matrix [K, N] becomes ONNX Runtime's
/// <c>com.microsoft.DynamicQuantizeMatMul</c>, with the matrix stored as int8 and one scale per column
/// (symmetric, zero point 0: <c>scale_j = max_i |W_ij| / 127</c>). Activations are quantised per run by ONNX Runtime
/// itself. This is what ONNX Runtime's own Python quantiser (<c>quantize_dynamic</c>, per-channel) writes; neither it
/// nor a quantised all-MiniLM-L6-v2 is available offline here, so the same rewrite is done on the package's model.
/// The attention products (both inputs computed) and the embedding tables (gathered, not multiplied) stay float.
/// Deterministic: the same model bytes give the same quantised bytes.
/// </summary>
internal static class WeightQuantizer
{
    private const string Domain = "com.microsoft";

    /// <summary>The quantised model, and how many matrices were quantised.</summary>
    public static (byte[] Model, int Quantized) Quantize(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var proto = ModelProto.Parser.ParseFrom(model);
        var graph = proto.Graph;
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var users = graph.Node.SelectMany(n => n.Input).GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var quantized = 0;
        for (var n = 0; n < graph.Node.Count; n++)
        {
            var node = graph.Node[n];
            if (node.OpType != "MatMul" || node.Input.Count != 2
                || !initializers.TryGetValue(node.Input[1], out var weight)
                || weight.Dims.Count != 2 || weight.DataType != (int)TensorProto.Types.DataType.Float)
            {
                continue;
            }

            var (values, scales) = Quantize(Floats(weight), (int)weight.Dims[0], (int)weight.Dims[1]);
            var name = weight.Name;
            graph.Initializer.Add(Tensor($"{name}_int8", TensorProto.Types.DataType.Int8, MemoryMarshal.AsBytes(values.AsSpan()), weight.Dims[0], weight.Dims[1]));
            graph.Initializer.Add(Tensor($"{name}_scale", TensorProto.Types.DataType.Float, MemoryMarshal.AsBytes(scales.AsSpan()), weight.Dims[1]));
            graph.Initializer.Add(Tensor($"{name}_zero", TensorProto.Types.DataType.Int8, new byte[weight.Dims[1]], weight.Dims[1]));
            var replacement = new NodeProto { OpType = "DynamicQuantizeMatMul", Domain = Domain, Name = $"{node.Name}_int8" };
            replacement.Input.Add([node.Input[0], $"{name}_int8", $"{name}_scale", $"{name}_zero"]);
            replacement.Output.Add(node.Output);
            graph.Node[n] = replacement;

            // A float matrix no other node reads is dropped; one that is shared stays for its other readers.
            if (--users[name] == 0) graph.Initializer.Remove(weight);
            quantized++;
        }

        if (quantized > 0 && proto.OpsetImport.All(o => o.Domain != Domain))
        {
            proto.OpsetImport.Add(new OperatorSetIdProto { Domain = Domain, Version = 1 });
        }

        return (proto.ToByteArray(), quantized);
    }

    /// <summary>Symmetric per-column int8 of a row-major [rows, columns] matrix: the values and each column's scale.</summary>
    internal static (sbyte[] Values, float[] Scales) Quantize(float[] matrix, int rows, int columns)
    {
        var scales = new float[columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scales[j] = Math.Max(scales[j], Math.Abs(matrix[i * columns + j]));
            }
        }

        for (var j = 0; j < columns; j++)
        {
            // An all-zero column quantises to zeros with any scale; 1 keeps the division defined.
            scales[j] = scales[j] > 0 ? scales[j] / 127f : 1f;
        }

        var values = new sbyte[matrix.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                values[i * columns + j] = (sbyte)Math.Clamp(MathF.Round(matrix[i * columns + j] / scales[j]), -127, 127);
            }
        }

        return (values, scales);
    }

    private static float[] Floats(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, ReadOnlySpan<byte> data, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(data) };
        tensor.Dims.Add(dims);
        return tensor;
    }
}
