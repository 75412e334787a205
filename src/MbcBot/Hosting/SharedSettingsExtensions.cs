using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace MbcBot.Hosting;

/// <summary>Makes every entry point read the one repository-level appsettings.json.</summary>
public static class SharedSettingsExtensions
{
    /// <summary>
    /// Points the appsettings.json source at the copy beside the binary. Why: the file lives at the repository root and
    /// is linked into the host, so it exists in the output folder but not in the content root that `dotnet run` (the
    /// project folder) or WebApplicationFactory (the project folder again) would use. The source keeps its place in the
    /// chain, so appsettings.{Environment}.json, environment variables and arguments still override it.
    /// </summary>
    public static IHostApplicationBuilder UseSharedSettings(this IHostApplicationBuilder builder)
    {
        var provider = new PhysicalFileProvider(AppContext.BaseDirectory);
        foreach (var source in builder.Configuration.Sources.OfType<JsonConfigurationSource>())
        {
            if (string.Equals(source.Path, "appsettings.json", StringComparison.OrdinalIgnoreCase))
            {
                source.FileProvider = provider;
                source.Optional = false;
            }
        }

        // Sources were built when the builder was created; rebuild so the new provider is read now.
        ((IConfigurationRoot)builder.Configuration).Reload();
        return builder;
    }
}
