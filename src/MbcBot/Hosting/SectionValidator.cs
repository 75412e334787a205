using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>
/// Validates an options class with its data annotations and reports each failure with the full configuration key
/// ("Answering:Disclaimer: ..."), so a bad appsettings.json names exactly what to fix.
/// </summary>
internal sealed class SectionValidator<TOptions>(string sectionName) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{sectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
