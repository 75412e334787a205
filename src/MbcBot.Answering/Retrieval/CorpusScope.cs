using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The corpus is about breast cancer and where it spreads. A question that names another cancer ("lung cancer
/// treatment options", "is leukemia curable") and says nothing of breast cancer or spread is outside it, even though
/// its other words ("treatment", "curable") match pages well: answering it with a breast-cancer passage would mislead.
/// "Breast cancer in the lungs - is it lung cancer?" names breast cancer, so it stays in scope; so does "it's in her
/// lungs now, is it lung cancer?" or "he has it in his liver, is that liver cancer?", which speak of the cancer having
/// moved ("it's in", "has it in", "gone to", "showed it in her hip").
/// </summary>
internal static class CorpusScope
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly TieredRegex OtherCancer = new(
        @"\b(?:(?:lung|prostate|colon|colorectal|bowel|rectal|anal|ovarian|ovary|cervical|uterine|endometrial|pancreatic|" +
        @"kidney|renal|bladder|stomach|gastric|thyroid|throat|mouth|oral|tongue|testicular|skin|esophageal|oesophageal|" +
        @"liver|bone|brain|blood|head and neck)\s+cancers?|leuka?emias?|lymphomas?|melanomas?|myelomas?|sarcomas?|" +
        @"glioblastomas?|gliomas?|mesotheliomas?)\b",
        Options,
        TimeSpan.FromSeconds(1));

    private static readonly TieredRegex BreastCancerContext = new(
        @"\b(?:breast|mbc|metasta\w*|mets|spread\w*|stage\s*(?:4|iv|four))\b" +
        @"|\b(?:it'?s|it is|(?:has|have|had|got) it|gone|moved|travell?ed)\s+(?:in|into|to)\b" +
        @"|\bit\s+in\s+(?:my|his|her|their|your|the)\b",
        Options,
        TimeSpan.FromSeconds(1));

    public static bool IsOutside(string question) =>
        OtherCancer.IsMatch(question) && !BreastCancerContext.IsMatch(question);
}
