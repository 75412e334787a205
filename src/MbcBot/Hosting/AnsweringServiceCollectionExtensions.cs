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
        services.AddValidatedSection<AnsweringOptions>(AnsweringOptions.SectionName);
        services.AddValidatedSection<RetrievalOptions>(RetrievalOptions.SectionName);
        services.AddValidatedSection<SafetyOptions>(SafetyOptions.SectionName);

        // The sentence model loads once per process (about a second) and is shared; the safety net embeds each message with it.
        services.TryAddSingleton<ISentenceEmbedder>(ProcessSentenceModel.Shared);

        // Relative corpus and synonym paths resolve against the binary's folder, where the build copies corpus/.
        services.AddSingleton<IAnswerService>(sp => AnswerServiceBuilder.Build(
            sp.GetRequiredService<IOptions<AnsweringOptions>>().Value,
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value,
            AppContext.BaseDirectory,
            SafetyTriageFactory.Create(sp, sp.GetRequiredService<IOptions<SafetyOptions>>().Value)));

        // Build the index while the host starts, so a broken corpus stops start-up instead of the first question.
        services.AddHostedService<AnsweringWarmup>();
        return services;
    }
}
