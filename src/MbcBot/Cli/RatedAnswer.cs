namespace MbcBot.Cli;

/// <summary>
/// One answer (passage) people rated, as the report shows it: the passage by heading and page, likes and dislikes,
/// what was asked when it was disliked (collapsed, with counts) and the comments given with its ratings.
/// <see cref="PassageId"/> is null for ratings whose reply is not known (the store had no turn for it).
/// </summary>
internal sealed record RatedAnswer(
    string? PassageId,
    string Passage,
    int Likes,
    int Dislikes,
    IReadOnlyList<QuestionCount> DislikedQuestions,
    IReadOnlyList<RatedComment> Comments);
