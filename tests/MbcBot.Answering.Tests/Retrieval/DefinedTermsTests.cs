using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class DefinedTermsTests
{
    [Theory]
    [InlineData("- Radiotherapy - The cancer treatment that uses intense energy to kill fast-growing cancer cells.", "Radiotherapy")]
    [InlineData("- Hormone Therapy - This treatment for cancer stops the growth of cancers.", "Hormone Therapy")]
    [InlineData("- Biopsy (a small piece of the tissue is taken and sent to the laboratory).", "Biopsy")]
    [InlineData("- PET scan (positron emission tomography, a technique that uses radioactive substances).", "PET scan")]
    [InlineData("- MRI (magnetic resonance imaging) of the brain and spine.", "MRI")]
    [InlineData("- Targeted Drugs \u2013 The cancer treatment uses anti-cancer drugs.", "Targeted Drugs")]
    [InlineData("   - Biopsy (indented item)", "Biopsy")]
    [InlineData("- Bone scan with contrast - four words is the longest term", "Bone scan with contrast")]
    [InlineData("- PET scan (positron emission - a technique)", "PET scan")] // the earliest separator ends the term
    public void In_DefinitionListItem_YieldsTheTerm(string line, string term) =>
        Assert.Equal([term], DefinedTerms.In(line));

    [Theory]
    [InlineData("- Lungs")]
    [InlineData("- Vomiting.")]
    [InlineData("- Sudden and drastic unexplained weight loss.")]
    [InlineData("- They must follow a healthy lifestyle by eating well - and working out regularly.")] // a sentence, 5+ words
    [InlineData("- Bone scan with contrast dye - five words make a sentence")]
    [InlineData("- Nature and rate of spread of the cancer cells (some are slow-spreading)")]
    [InlineData("Radiotherapy - The cancer treatment that uses intense energy.")] // not a list item
    [InlineData("Biopsy (a small piece of the tissue).")]
    [InlineData("-Biopsy (no space after the dash)")]
    [InlineData("* Biopsy (another list marker)")]
    [InlineData("- (a parenthesis first)")]
    [InlineData("")]
    public void In_NotADefinition_YieldsNothing(string line) => Assert.Empty(DefinedTerms.In(line));

    [Fact]
    public void In_PassageWithMixedLines_YieldsEachDefinedTermInOrder()
    {
        const string text =
            "The treatment options opted for metastatic cancer include,\n" +
            "- Chemotherapy - This treatment option uses chemicals.\n" +
            "- Lungs\n" +
            "- Immunotherapy - This treatment method activates the immune system.\n" +
            "\n" +
            "In some cases - rarely - treatments are combined.\n" +
            "- Biopsy (a small piece of tissue).";

        Assert.Equal(["Chemotherapy", "Immunotherapy", "Biopsy"], DefinedTerms.In(text));
    }

    [Fact]
    public void In_CrLfLineEndings_TermHasNoCarriageReturn() =>
        Assert.Equal(["Radiotherapy"], DefinedTerms.In("Intro:\r\n- Radiotherapy - The treatment.\r\n"));
}
