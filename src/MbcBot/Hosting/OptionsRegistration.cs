using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>Binds one options class to its appsettings.json section and validates it when the host starts.</summary>
internal static class OptionsRegistration
{
    public static OptionsBuilder<TOptions> AddValidatedSection<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions>(sectionName));
        return services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateOnStart();
    }
}
