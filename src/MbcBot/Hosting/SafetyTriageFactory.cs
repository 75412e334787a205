using MbcBot.Answering.Options;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Understanding;

namespace MbcBot.Hosting;

/// <summary>
/// Builds the production triage: the rules, the host's text corrector, the fitted triage model when
/// <see cref="SafetyOptions.Classifier"/> is on (checked against the data it was trained on), and logging. Logs carry the
/// category and rule/check names only, never the message: an escalation at Warning, a failed (fail-closed) check at Error.
/// </summary>
internal static partial class SafetyTriageFactory
{
    /// <param name="corrector">The answer path's corrector: the rules also run on what it makes of a message.</param>
    /// <param name="reader">The answer path's message reader: the model reads the same vectors the answer path does.</param>
    public static SafetyTriage Create(IServiceProvider services, SafetyOptions options, ITextCorrector corrector, MessageReader reader)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("MbcBot.Safety");
        return new SafetyTriage(
            corrector,
            options.Classifier ? TriageModel.Shipped(semantic: reader.Embedder is not null) : null,
            reader,
            failure => LogCheckFailed(logger, failure.CheckName, failure.ExceptionType, failure.FailedClosedAs),
            verdict =>
            {
                if (verdict.Confident) LogEscalation(logger, verdict.Category ?? "unknown");
                else LogSafetyNote(logger, verdict.Category ?? "unknown");
            });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety escalation: {Category}")]
    private static partial void LogEscalation(ILogger logger, string category);

    /// <summary>An unsure model escalation: the reply is the answer with a safety note first.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Safety note: {Category}")]
    private static partial void LogSafetyNote(ILogger logger, string category);

    [LoggerMessage(Level = LogLevel.Error, Message = "Safety check {CheckName} failed ({ExceptionType}); failed closed as {FailedClosedAs}")]
    private static partial void LogCheckFailed(ILogger logger, string checkName, string exceptionType, TriageKind failedClosedAs);
}
