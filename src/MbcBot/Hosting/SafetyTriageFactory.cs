using System.Runtime.CompilerServices;
using MbcBot.Answering.Options;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Understanding;

namespace MbcBot.Hosting;

/// <summary>
/// Builds the production triage: the rules, the host's text corrector when one is registered, the semantic net when
/// <see cref="SafetyOptions.SemanticNet"/> is on, and logging. Logs carry the category and rule/check names only, never
/// the message: an escalation at Warning, a failed (fail-closed) check at Error.
/// </summary>
internal static partial class SafetyTriageFactory
{
    // The exemplars are embedded once per embedder (85 sentences), not once per host.
    private static readonly ConditionalWeakTable<ISentenceEmbedder, SemanticRedFlags> Nets = [];

    /// <param name="corrector">The answer path's corrector: the rules also run on what it makes of a message.</param>
    /// <param name="model">The process's sentence model; required when <see cref="SafetyOptions.SemanticNet"/> is on.</param>
    /// <param name="cacheFolder">Where the exemplars' vectors are kept between runs (Answering:CachePath); null: none.</param>
    public static SafetyTriage Create(
        IServiceProvider services, SafetyOptions options, ITextCorrector corrector, ISentenceEmbedder? model, string? cacheFolder)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("MbcBot.Safety");
        var semantic = options.SemanticNet && model is not null
            ? Nets.GetValue(model, embedder => new SemanticRedFlags(embedder, cacheFolder, message => AnsweringLog.StartupWarning(logger, message)))
            : null;
        return new SafetyTriage(
            corrector,
            semantic,
            failure => LogCheckFailed(logger, failure.CheckName, failure.ExceptionType, failure.FailedClosedAs),
            verdict => LogEscalation(logger, verdict.Category ?? "unknown"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety escalation: {Category}")]
    private static partial void LogEscalation(ILogger logger, string category);

    [LoggerMessage(Level = LogLevel.Error, Message = "Safety check {CheckName} failed ({ExceptionType}); failed closed as {FailedClosedAs}")]
    private static partial void LogCheckFailed(ILogger logger, string checkName, string exceptionType, TriageKind failedClosedAs);
}
