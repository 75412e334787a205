namespace MbcBot.Training.Tests;

public sealed class TrainerTests
{
    [Fact]
    public void FindRoot_FromTheTestBinary_TheRepositoryWithExamplesAndCorpus() =>
        Assert.Equal(RepositoryPaths.Root, Trainer.FindRoot(AppContext.BaseDirectory));

    [Fact]
    public void FindRoot_OutsideAnyCheckout_Null()
    {
        var folder = Directory.CreateTempSubdirectory("mbcbot-no-repo-").FullName;
        try
        {
            Assert.Null(Trainer.FindRoot(folder));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
