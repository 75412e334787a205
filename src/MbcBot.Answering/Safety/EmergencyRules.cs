using static MbcBot.Answering.Safety.SafetyRegex;
using C = MbcBot.Answering.Safety.TriageCategories;
using K = MbcBot.Answering.Safety.MentionKind;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The red-flag table (product-anchors §3.4), in priority order: when several families match, the first listed wins
/// (crisis first: its text also says 911 for immediate danger). Patterns run on normalised lower-case text and allow
/// common typos ("cant breath", "vomitting"). Whether a match is a report or a mere mention is
/// <see cref="MentionJudge"/>'s job, not the pattern's.
/// </summary>
internal static class EmergencyRules
{
    private const string Person = @"(?:my|her|his|the)";
    private const string Self = @"(?:my ?self|her ?self|him ?self)";

    private static readonly string BackPain =
        @"\b(?:back|neck|spine|spinal)(?:bone)? ?(?:pain|pains|ache|aches|aching|hurts|hurting|(?:is|has been|keeps) (?:killing|hurting|aching|sore|painful))\b" +
        @"|\bbackache\b|\b(?:pain|ache) (?:in|down|across|along) " + Person + @" (?:lower |upper |middle )?(?:back|neck|spine)\b";

    private static readonly string LimbSigns =
        @"\b(?:numb\w*|tingl\w*|weak\w*|pins and needles|heav(?:y|iness)|no feeling|lost feeling|" + Cant + @" feel)" +
        @"(?: \w+){0,3}? (?:legs?|arms?|feet|foot|hands?|thighs?)\b" +
        @"|\b(?:legs?|arms?|feet|foot|hands?)(?: \w+){0,2}? (?:numb\w*|tingl\w*|weak\w*|heavy|dead|wobbly|(?:gave|give|giving|going) (?:way|out))\b" +
        @"|\b(?:unsteady|wobbly|off balance|losing " + Person + @" balance|(?:trouble|difficulty|problems?) walking|hard to walk|" +
        @"falling over|keep falling|stumbling)\b";

    public static IReadOnlyList<EmergencyRule> All { get; } =
    [
        // Suicidal thoughts, self-harm, "I can't go on".
        new(C.Crisis, Create(@"\bsuicid\w*"), K.Crisis),
        new(C.Crisis, Create(@"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) " + Self + @"\b|\bself[- ]?harm\w*"), K.Crisis),
        new(C.Crisis, Create(@"\bend(?:ed|ing|s)? (?:it all|my (?:own )?life|everything)\b|\btake my (?:own )?life\b" +
            @"|\b(?:want|wanna|going|ready|planning|plan|thinking (?:of|about)) (?:to )?end(?:ing)? (?:it|things)\b"), K.Crisis),
        new(C.Crisis, Create(@"\b(?:want|wanna|wish|wishing|ready) (?:to )?die\b|\bwish i (?:was|were) dead\b|\bbetter off dead\b" +
            @"|\bno (?:reason|point) (?:to|in) (?:live|living|going on)\b" +
            @"|\b(?:don'?t|do not|dont) want to (?:live|be alive|be here any ?more|go on|wake up)\b" +
            @"|\b" + Cant + @" (?:go on|do this any ?more|take (?:this|it) any ?more|keep going)\b" +
            @"|\bgive up on (?:life|living|everything)\b|\bwant to give up\W*$" +
            @"|\bwant (?:it all|everything|this|it) to (?:end|stop|be over)\b|\bif i (?:was|were|am|'m) (?:gone|dead|not here|not around)\b"), K.Crisis),

        // Breathing.
        new(C.Breathing, Create(@"\b" + Cant + @" (?:breathe?|brea?th|breath?ing|catch " + Person + @" breath|get (?:enough )?(?:air|breath))\b"), K.Symptom),
        new(C.Breathing, Create(@"\b(?:struggl\w*|fighting|gasping|trouble|difficulty|difficult|hard|problems?|labou?red|hard time|hurts?|painful)" +
            @" (?:to |for |with |when )?(?:breathe?|breathing|brea?th|air)\b"), K.Symptom),
        new(C.Breathing, Create(@"\b(?:short(?:ness)? of breath|breathless\w*|out of breath|(?:stopped|stops|not) breathing)\b" +
            @"|\bbreathing (?:is |got |gets )?(?:hard|difficult|bad|worse|labou?red|fast|rapid|shallow)\b"), K.Symptom),

        // Chest pain.
        new(C.ChestPain, Create(@"\bchest (?:pains?|aches?|hurts?|hurting|pressure|tightness|is (?:tight|hurting|painful|heavy|sore)|feels (?:tight|heavy))\b" +
            @"|\b(?:pains?|tightness|pressure|crushing|heaviness|ache) (?:in|on|across) " + Person + @" chest\b"), K.Symptom),
        new(C.ChestPain, Create(@"\bheart attack\b"), K.Condition),

        // Stroke.
        new(C.Stroke, Create(@"\b(?:face|mouth|smile|lip|eyelid) (?:is |are |has |seems |looks |started |starting |went |gone )?" +
            @"(?:droop\w*|lopsided|crooked|uneven|sagg\w*)|\bdroop\w* (?:face|mouth|smile|eyelid)\b"), K.Symptom),
        new(C.Stroke, Create(@"\bslurr?(?:ed|ing|s)\b|\b" + Cant + @" (?:speak|talk) (?:properly|clearly|right|normally)\b"), K.Symptom),
        new(C.Stroke, Create(@"\b(?:weak\w*|numb\w*|paraly[sz]\w*|tingl\w*|dead|heavy) (?:on|down) (?:one|the (?:left|right)|" + Person + @" (?:left|right)) side\b" +
            @"|\bone side of " + Person + @" (?:body|face) (?:is |feels |went |has gone )?(?:weak|numb|heavy|dead|paraly[sz]ed|droop\w*)" +
            @"|\b" + Cant + @" (?:move|feel|lift) " + Person + @" (?:left|right) (?:arm|leg|hand|side)\b"), K.Symptom),
        new(C.Stroke, Create(@"\b(?:having|had|has|is having|just had) (?:a )?(?:mini[- ]?)?stroke\b"), K.Symptom),
        new(C.Stroke, Create(@"\bstrokes?\b"), K.Condition),

        // Seizure.
        new(C.Seizure, Create(@"\b(?:having|had|has|have|just had) (?:a |another |some |" + Person + @" )?(?:first )?(?:seizure|fit|convulsion)s?\b" +
            @"|\b(?:seizing|convulsing)\b"), K.Symptom),
        new(C.Seizure, Create(@"\b(?:seizures?|convulsions?)\b"), K.Condition),

        // Collapse or unresponsiveness: not a §3.4 family of its own, but never an informational answer.
        new(C.Collapse, Create(@"\b(?:collapsed|collapsing|passed out|fainted|unconscious|unresponsive|not responding|won'?t wake up|" +
            @"can'?t wake (?:her|him|them) up|shaking all over|jerking uncontrollably)\b"), K.Symptom),

        // Spinal cord compression: bladder/bowel loss or sudden inability to walk alone; back/neck pain with limb signs.
        new(C.SpinalCordCompression, Create(@"\b(?:lost|losing|loss of|lose) (?:control (?:of|over) )?(?:my |her |his )?(?:bladder|bowels?)(?: control)?\b" +
            @"|\b(?:no|poor) (?:(?:bladder|bowel) control|control (?:of|over) (?:my |her |his )?(?:bladder|bowels?))\b" +
            @"|\b" + Cant + @" (?:control|hold) (?:my |her |his )?(?:bladder|bowels?|pee|urine|wee|poo|poop|stool)\b" +
            @"|\b(?:wet|wetting|soiled|soiling|peed|pooped) " + Self + @"\b|\b" + Cant + @" (?:pee|urinate|wee|pass urine)\b"), K.Symptom),
        new(C.SpinalCordCompression, Create(@"\b" + Cant + @" (?:walk|stand(?: up)?)\b(?! (?:far|long|much|very|as|that|more|fast|quickly|without|up ?stairs|for long))" +
            @"|\b" + Cant + @" (?:move|feel|lift) (?:my|her|his|either|both) legs?\b|\blegs? (?:just )?(?:gave|give|giving|gone|went) (?:way|out)\b" +
            @"|\bparaly[sz]\w*"), K.Symptom),
        new(C.SpinalCordCompression, Create(BackPain), K.Symptom, Companion: Create(LimbSigns)),

        // Bleeding.
        new(C.Bleeding, Create(@"\b(?:cough\w*|spit\w*|spat|vom\w*|throw\w* up|threw up|puk\w*|bring\w* up|brought up|sick\w* up)" +
            @" (?:up )?(?:some |a lot of |lots of |bright red |dark |fresh )?blood\b" +
            @"|\bblood in (?:my |her |his |the )?(?:vomit|sick|spit|sputum|phlegm|mucus)\b|\bbloody (?:vomit|sputum|phlegm|cough)\b" +
            @"|\bcoffee[- ]grounds?\b"), K.Symptom),

        // Fever: the word, shaking chills, or a stated temperature at or above the threshold.
        new(C.Fever, Create(@"\b(?:fever\w*|febrile|high temp(?:erature)?|running a (?:temp\w*|fever|high temp\w*))\b" +
            @"|\b(?:shaking|shivering|teeth chattering|uncontrollable|bad|severe) (?:chills|shivers|rigou?rs)\b|\brigou?rs\b" +
            @"|\bchills and (?:shaking|shivering|shakes)\b|\b(?:burning up|chills|shivering)\b"), K.Symptom),
        new(C.Fever, Create(@"\b(?:temp\w*|thermometer|reading)\D{0,25}?(?<value>\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?|deg)?\s*(?<unit>c|f|celsius|fahrenheit)?\b" +
            @"|\b(?<value>\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?)\s*(?<unit>c|f|celsius|fahrenheit)?\b"), K.Symptom, Accept: FeverThreshold.IsFever),
    ];
}
