using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class CorpusScopeTests
{
    [Theory]
    [InlineData("What are the treatment options for lung cancer?")]
    [InlineData("lung cancer treatment")]
    [InlineData("Is leukemia curable?")]
    [InlineData("Is leukaemia hereditary?")]
    [InlineData("What are the early signs of prostate cancer?")]
    [InlineData("How fast does melanoma grow?")]
    [InlineData("Can lymphoma come back?")]
    [InlineData("OVARIAN CANCER SYMPTOMS")]
    [InlineData("what causes colon cancers")]
    [InlineData("Is pancreatic cancer painful?")]
    [InlineData("How is multiple myeloma treated?")]
    [InlineData("skin cancer on the face")]
    [InlineData("What is a glioblastoma?")]
    [InlineData("head and neck cancer survival")]
    public void IsOutside_OtherCancerWithoutBreastContext_True(string question) =>
        Assert.True(CorpusScope.IsOutside(question));

    [Theory]
    [InlineData("If I have breast cancer in the lungs, is that lung cancer?")]
    [InlineData("metastatic breast cancer in the bone")]
    [InlineData("Is breast cancer that spread to the liver the same as liver cancer?")]
    [InlineData("Does metastasis to the brain count as brain cancer?")]
    [InlineData("my mets are in my lungs - do I have lung cancer now?")]
    [InlineData("MBC vs bone cancer")]
    [InlineData("stage IV breast cancer vs lymphoma")]
    [InlineData("it spread to my bones, is it bone cancer")]
    [InlineData("dad has it in his liver now, so is that liver cancer")]
    [InlineData("they found it in her spine, is it bone cancer")]
    [InlineData("she's had it in her bones for a year - is that bone cancer?")]
    public void IsOutside_OtherCancerWithBreastOrSpreadContext_False(string question) =>
        Assert.False(CorpusScope.IsOutside(question));

    [Theory]
    [InlineData("What is metastatic breast cancer?")]
    [InlineData("symptoms of lung metastasis")]
    [InlineData("does cancer in the lungs cause a cough")]
    [InlineData("blood test results")]                 // "blood" without "cancer"
    [InlineData("what is the weather tomorrow")]       // out of corpus, but not another cancer: confidence decides
    [InlineData("lungcancer")]                         // not the words "lung cancer"
    [InlineData("")]
    public void IsOutside_NoOtherCancerNamed_False(string question) =>
        Assert.False(CorpusScope.IsOutside(question));
}
