using System.ComponentModel.DataAnnotations;
using MbcBot.Hosting;

namespace MbcBot.Tests.Hosting;

public sealed class SectionValidatorTests
{
    private readonly SectionValidator<SampleOptions> _validator = new("Sample");

    [Fact]
    public void Validate_ValidOptions_Succeeds()
    {
        var result = _validator.Validate(null, new SampleOptions { Name = "ok", Count = 3 });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_OneBadField_FailsWithTheFullKeyAndTheAnnotationMessage()
    {
        var result = _validator.Validate(null, new SampleOptions { Name = "ok", Count = 11 });

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Sample:Count: ", failure, StringComparison.Ordinal);
        Assert.Contains("between 1 and 10", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoBadFields_ReportsEachKey()
    {
        var result = _validator.Validate(null, new SampleOptions { Name = "", Count = 0 });

        Assert.True(result.Failed);
        Assert.Equal(2, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Sample:Name: ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Sample:Count: ", StringComparison.Ordinal));
        Assert.Contains("Sample:Name", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamedOptions_ValidatesTheSameWay()
    {
        var result = _validator.Validate("named", new SampleOptions { Name = "ok", Count = -5 });

        Assert.True(result.Failed);
        Assert.StartsWith("Sample:Count: ", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    public sealed class SampleOptions
    {
        [Required(AllowEmptyStrings = false)]
        public string Name { get; set; } = "";

        [Range(1, 10)]
        public int Count { get; set; }
    }
}
