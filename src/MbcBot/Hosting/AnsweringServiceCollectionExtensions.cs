using MbcBot.Answering;
using MbcBot.Answering.Options;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>Registers the answering core: validated options, and the answer service built once from the corpus.</summary>
public static class AnsweringServiceCollectionExtensions
{
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddValidatedSection<AnsweringOptions>(AnsweringOptions.SectionName);
        services.AddValidatedSection<RetrievalOptions>(RetrievalOptions.SectionName);

        // Relative corpus and synonym paths resolve against the binary's folder, where the build copies corpus/.
        services.AddSingleton<IAnswerService>(sp => AnswerServiceBuilder.Build(
            sp.GetRequiredService<IOptions<AnsweringOptions>>().Value,
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value,
            AppContext.BaseDirectory));

        // Build the index while the host starts, so a broken corpus stops start-up instead of the first question.
        services.AddHostedService<AnsweringWarmup>();
        return services;
    }
}
