using MbcBot.Answering.Options;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>
/// Registers the validated <c>Data</c> section and puts everything the host writes inside it; idempotent, so every feature
/// that writes can ask for it.
/// </summary>
internal static class DataFolderExtensions
{
    public static IServiceCollection AddDataFolder(this IServiceCollection services)
    {
        if (services.Any(d => d.ImplementationType == typeof(DataOptionsValidator)))
        {
            return services;
        }

        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddValidatedSection<DataOptions>(DataOptions.SectionName);

        // The sentence-vector cache is written too: a relative Answering:CachePath is a folder inside the data folder.
        services.AddOptions<AnsweringOptions>().PostConfigure<IOptions<DataOptions>>((answering, data) =>
        {
            if (answering.CachePath is { Length: > 0 } cache)
            {
                answering.CachePath = Path.GetFullPath(cache, data.Value.FullPath);
            }
        });

        // ASP.NET Core's data-protection keys (created at start-up, though nothing here protects data yet) would go to
        // ~/.aspnet or the working folder; they belong in the data folder too.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<DataOptions>, ILoggerFactory>((keys, data, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(data.Value.FullPath, "keys")), logs));
        return services;
    }
}
