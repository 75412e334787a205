using MbcBot.Answering;
using MbcBot.Answering.Options;
using MbcBot.Answering.Semantic;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>Registers the answering core: validated options, and the answer service built once from the corpus.</summary>
public static class AnsweringServiceCollectionExtensions
{
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddDataFolder(); // Answering:CachePath is a folder inside it
        services.AddValidatedSection<AnsweringOptions>(AnsweringOptions.SectionName);
        services.AddValidatedSection<RetrievalOptions>(RetrievalOptions.SectionName);
        services.AddValidatedSection<SafetyOptions>(SafetyOptions.SectionName);

        // One sentence model and vector cache per process (about a second to load), shared by the answer path and the
        // triage model; registered only when a setting needs it, so lexical-only mode never loads the model.
        services.TryAddSingleton<ISentenceEmbedder>(sp => ProcessSentenceModel.Get(sp.GetRequiredService<IOptions<RetrievalOptions>>().Value));

        // Relative corpus and synonym paths resolve against the binary's folder, where the build copies corpus/.
        services.AddSingleton<IAnswerService>(sp =>
        {
            // Every section is validated before the model starts loading: a bad setting stops start-up at once.
            var answering = sp.GetRequiredService<IOptions<AnsweringOptions>>().Value;
            var retrieval = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            var safety = sp.GetRequiredService<IOptions<SafetyOptions>>().Value;
            var model = retrieval.UseSemanticModel || safety.Classifier ? sp.GetRequiredService<ISentenceEmbedder>() : null;
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("MbcBot.Answering");
            return AnswerServiceBuilder.Build(
                answering,
                retrieval,
                AppContext.BaseDirectory,
                message => AnsweringLog.StartupWarning(logger, message),
                model,
                (corrector, reader) => SafetyTriageFactory.Create(sp, safety, corrector, reader));
        });

        // Build the index while the host starts, so a broken corpus stops start-up instead of the first question.
        services.AddHostedService<AnsweringWarmup>();
        return services;
    }
}
