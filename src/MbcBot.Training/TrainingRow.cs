namespace MbcBot.Training;

/// <summary>One row a model is fitted on: its features, its class index and its weight.</summary>
internal sealed record TrainingRow(float[] Features, int Label, float Weight);
