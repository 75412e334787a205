using Microsoft.Extensions.Options;

namespace MbcBot.Insights;

/// <summary>
/// Checks what data annotations cannot: <c>Insights:DataPath</c> must be a usable folder path (not an existing file).
/// Whether it can be created and written is checked when <see cref="InsightsMaintenance"/> opens the store at start-up.
/// </summary>
internal sealed class InsightsOptionsValidator : IValidateOptions<InsightsOptions>
{
    public ValidateOptionsResult Validate(string? name, InsightsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            return ValidateOptionsResult.Success; // reported by the [Required] annotation
        }

        string full;
        try
        {
            full = Path.GetFullPath(options.DataPath, AppContext.BaseDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ValidateOptionsResult.Fail($"Insights:DataPath: '{options.DataPath}' is not a valid folder path.");
        }

        return File.Exists(full)
            ? ValidateOptionsResult.Fail($"Insights:DataPath: '{full}' is a file; it must be a folder.")
            : ValidateOptionsResult.Success;
    }
}
