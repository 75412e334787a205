using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;

namespace MbcBot.Search.Tests.TestSupport;

/// <summary>A tiny hand-written MBC corpus (heading + body) and engine builders for search tests.</summary>
internal static class FixtureCorpus
{
    public static readonly IndexDocument[] Documents =
    [
        Doc("definition", "What is metastatic breast cancer?",
            "Metastatic breast cancer is breast cancer that has spread beyond the breast to other organs such as the bones, liver, lungs or brain. It is also called stage 4 breast cancer."),
        Doc("liver", "Liver metastasis symptoms",
            "When breast cancer reaches the liver it can cause jaundice, pain in the upper belly and swelling."),
        Doc("chemo", "Chemotherapy for metastatic disease",
            "Chemotherapy travels through the whole body and attacks cancer cells wherever they are."),
        Doc("bone", "Bone metastasis",
            "Bone metastasis can cause bone pain and fractures. A bone scan, also called scintigraphy, can find it."),
        Doc("trials", "Clinical trials",
            "Patients may join clinical trials to get access to new treatments."),
        Doc("lungs", "Lung metastasis symptoms",
            "Lung metastasis can cause breathing difficulty, chest pain and a cough that does not go away."),
    ];

    public static SearchEngineOptions Options(double headingBoost = 2.0) => new()
    {
        Fields = [new SearchField("heading", headingBoost), new SearchField("body")],
    };

    public static SearchEngine Engine(double headingBoost = 2.0) =>
        SearchEngine.Build(Documents, Options(headingBoost), new EnglishAnalyzer(Synonyms.Production));

    public static IndexDocument Doc(string id, string heading, string body) =>
        new(id, new Dictionary<string, string> { ["heading"] = heading, ["body"] = body });
}
