namespace MbcBot.Cli;

/// <summary>Questions that ask about one topic (<see cref="ReportQuestionGroups"/>); <see cref="Asked"/> counts every time.</summary>
internal sealed record QuestionGroup(IReadOnlyList<QuestionCount> Questions)
{
    public int Asked => Questions.Sum(q => q.Count);
}
