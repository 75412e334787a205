namespace MbcBot.Hosting;

/// <summary>Registers the answering core: options, corpus, index, safety triage and the answer service.</summary>
public static class AnsweringServiceCollectionExtensions
{
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        // Filled in by the answering-core work (issue 2).
        return services;
    }
}
