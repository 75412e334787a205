using MbcBot.Answering.Text;
using System.Text.RegularExpressions;
using static MbcBot.Answering.Safety.SafetyRegex;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Requests for advice about one person: change a medicine or dose, interpret their results, their prognosis, which
/// treatment to choose. The boundary is the person: "should I stop my tamoxifen" and "my CA 15-3 is 80, is that bad"
/// are advice; "what is hormone therapy", "how long does treatment last", "can you take ibuprofen during chemo"
/// (generic "you") are general questions for retrieval. A specific lab value counts as personal even without "my".
/// </summary>
internal sealed class AdviceCheck : ISafetyCheck
{
    private const string Subject = @"(?:i|we|she|he|(?:my (?:\w+ )?)?(?:mom|mum|mother|dad|father|wife|husband|partner|sister|brother|daughter|son|friend|nan|gran))";
    private const string Someone = @"(?:me|her|him|us|my \w+)";
    private const string Report =
        @"(?:scans?|results?|report|blood ?(?:tests?|work|results)|labs?|lab (?:results|work|values)|ct|mri|pet|pet[- ]ct|bone scan|" +
        @"x-?rays?|biopsy|pathology|tumou?r markers?|markers?|ca ?15-?3|ca ?27[.-]?29|cea|numbers|levels?|counts?|ultrasound|mammogram|letter)";
    private const string Marker =
        @"(?:ca ?15-?3|ca ?27[.-]?29|cea|tumou?r markers?|alkaline phosphatase|alk phos|calcium|ki-?67|wbc|white (?:blood )?(?:cell )?count|" +
        @"neutrophils?|anc|platelets?|ha?emoglobin|creatinine|bilirubin|alt|ast)";

    private static readonly TieredRegex Interpretation = Create(
        @"\b(?:mean|means|meaning|say|says|said|show|shows|showed|look|looks|read|interpret|explain|understand|bad|good|normal|" +
        @"abnormal|high|low|worse|better|concerning|worried|worry|serious|rising|rose|went up|go up|increased|dropped)\b|\d");

    private static readonly TieredRegex PersonalWord = Create(@"\b(?:i|me|my|i'm|im)\b");

    private static readonly (string Category, TieredRegex Pattern, bool NeedsInterpretation, bool NeedsPersonal)[] Rules =
    [
        (C.Medication, Create(@"\b(?:should|can|could|may|must|shall|do) " + Subject + @" (?:still |just |safely )?(?:need to |have to )?" +
            @"(?:stop|start|skip|quit|pause|halt|come off|go off|get off|change|switch|reduce|lower|increase|double|halve|cut|split|" +
            @"take(?! (?:him|her|them|it|us|me|my \w+|the \w+|our \w+) to\b)|keep taking|continue|stay on|mix|combine|refuse|decline|delay|postpone|miss|drink)\b"), false, false),
        (C.Medication, Create(@"\b(?:double|halve|skip|skipped|miss|missed|change|increase|lower|reduce|stop|stopped) (?:my|her|his) " +
            @"(?:next |last )?(?:dose|dosage|pills?|tablets?|meds|medications?|medicines?|treatment|chemo|infusion|injection|shot)\b"), false, false),
        (C.Medication, Create(@"\b(?:how much|how many|what dose|which dose|what dosage)\b[^.?!]{0,40}?\b(?:should|can|do) (?:i|she|he) (?:take|have|use)\b"), false, false),
        (C.Medication, Create(@"\bi(?:'m| am)? (?:want|plan|planning|thinking|going|considering)(?: to| of| about)? " +
            @"(?:stop\w*|quit\w*|skip\w*|com\w* off|go\w* off)\b"), false, false),
        (C.Medication, Create(@"\b(?:is it|it is|would it be|is it really) (?:ok|okay|safe|fine|alright|all right|bad|dangerous) " +
            @"(?:for " + Someone + @" )?to (?:stop|skip|take|mix|combine|drink|miss|double|quit|come off)\b"), false, true),
        (C.Results, Create(@"\b(?:my|her|his|our) (?:\w+'s )?(?:latest |recent |last |new |most recent )?" + Report + @"\b"), true, false),
        (C.Results, Create(@"\b(?:read|interpret|explain|look at|review|check) (?:my|her|his|this|these|the attached|our) (?:\w+ )?" + Report + @"\b"), false, false),
        (C.Results, Create(@"\b" + Marker + @"\b\D{0,20}?\d"), false, false),
        (C.Prognosis, Create(@"\bhow (?:long|much time|much longer)(?: time)? (?:do|have|has|will|would|can|could|does) " + Subject +
            @" (?:have|got|get|live|survive|last|left|be around)\b"), false, false),
        (C.Prognosis, Create(@"\b(?:am i|is (?:she|he|my \w+)|are we) (?:going to|gonna|about to|likely to) (?:die|make it|survive|pass away|live)\b" +
            @"|\b(?:will|would) (?:i|she|he|my \w+) (?:die|survive|make it|be cured|beat (?:this|it)|be ok|be okay|be alive)\b" +
            @"|\b(?:am i|is (?:she|he|my \w+)) dying\b"), false, false),
        (C.Prognosis, Create(@"\b(?:my|her|his|our) (?:chances?|odds|prognosis|life expectancy|survival(?: rate| chances?)?|outlook)\b"), false, false),
        (C.TreatmentChoice, Create(@"\bshould " + Subject + @" (?:choose|pick|go with|opt for|switch to|switch from|switch over|change to|change from|move to|move onto|go onto|have|get|do|try|start|enroll|enrol|join|" +
            @"accept|agree to|sign up|go ahead with)\b"), false, false),
        (C.TreatmentChoice, Create(@"\b(?:what|which) would you (?:recommend|suggest|do|choose)\b|\bwhat (?:do|would) you (?:recommend|suggest|advise)\b" +
            @"|\b(?:better|best|right|the right (?:choice|option)) for " + Someone + @"\b"), false, false),
    ];

    public TriageKind Kind => TriageKind.Advice;

    public TriageResult Check(string normalized)
    {
        if (normalized.Length == 0) return TriageResult.None;

        foreach (var (category, pattern, needsInterpretation, needsPersonal) in Rules)
        {
            if (!pattern.IsMatch(normalized)) continue;
            if (needsInterpretation && !Interpretation.IsMatch(normalized)) continue;
            if (needsPersonal && !PersonalWord.IsMatch(normalized)) continue;
            return new TriageResult(TriageKind.Advice, category, $"{category}: personal advice request");
        }

        return TriageResult.None;
    }
}
