namespace MbcBot.Cli;

/// <summary>One question as the report lists it: its redacted text as first stored, and how many times it was asked.</summary>
internal sealed record QuestionCount(string Text, int Count);
