using MbcBot.Answering.Safety;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Tests.Safety;

public sealed class EmergencyCheckTests
{
    private static readonly EmergencyCheck Check = new();

    private static TriageResult Classify(string text) => Check.Check(SafetyText.Normalize(text));

    public static TheoryData<string, string> Emergencies => new()
    {
        // Breathing: first person, curt, typos, third person, question form.
        { "I can't breathe", C.Breathing },
        { "cant breath", C.Breathing },
        { "i cannot breathe properly and im scared", C.Breathing },
        { "My husband is struggling to breathe", C.Breathing },
        { "she can't catch her breath", C.Breathing },
        { "Sudden shortness of breath, what should I do?", C.Breathing },
        { "I'm really short of breath since this morning", C.Breathing },
        { "help, my mom is gasping for air", C.Breathing },
        { "Is it bad that I'm having trouble breathing?", C.Breathing },
        // Chest pain.
        { "I have chest pain", C.ChestPain },
        { "chest pain right now", C.ChestPain },
        { "My chest hurts really bad", C.ChestPain },
        { "sharp pain in my chest when i breathe in, is that serious?", C.ChestPain },
        { "why do I have chest pain", C.ChestPain },
        // Bleeding.
        { "vomiting blood", C.Bleeding },
        { "I'm coughing up blood, is that serious?", C.Bleeding },
        { "my wife threw up blood twice", C.Bleeding },
        { "coughing blood", C.Bleeding },
        { "Is it serious that I'm coughing up blood?", C.Bleeding },
        // Seizure.
        { "my wife is having a seizure", C.Seizure },
        { "I just had a seizure", C.Seizure },
        { "She is seizing right now", C.Seizure },
        { "my dad had a fit and isn't responding", C.Unresponsive },
        { "seizure help!", C.Seizure },
        // Stroke.
        { "I think I'm having a stroke", C.Stroke },
        { "face drooping", C.Stroke },
        { "my mom's face is drooping and her speech is slurred", C.Stroke },
        { "He is slurring his words", C.Stroke },
        { "my left arm and leg are weak on one side", C.Stroke },
        { "sudden numbness on the left side of my body - one side of my face is numb", C.Stroke },
        // Spinal cord compression.
        { "My back pain is getting worse and my legs feel numb", C.SpinalCordCompression },
        { "new neck pain and weakness in my arms", C.SpinalCordCompression },
        { "back pain, numb legs", C.SpinalCordCompression },
        { "I suddenly can't walk", C.SpinalCordCompression },
        { "my legs gave way and I lost control of my bladder", C.SpinalCordCompression },
        { "I can't control my bowels since yesterday", C.SpinalCordCompression },
        { "bad lower back pain and I'm unsteady on my feet", C.SpinalCordCompression },
        // Fever during chemo.
        { "I have a fever", C.Fever },
        { "I'm on chemo and running a temperature", C.Fever },
        { "my temperature is 38.5", C.Fever },
        { "temp 101 F during chemo", C.Fever },
        { "I have shaking chills after my infusion", C.Fever },
        { "fever during chemo", C.Fever },
        { "my temp is 100.4 and I had chemo on Monday", C.Fever },
        // Crisis.
        { "I want to end it", C.Crisis },
        { "I can't go on", C.Crisis },
        { "i dont want to live anymore", C.Crisis },
        { "I've been having suicidal thoughts", C.Crisis },
        { "sometimes I think about killing myself", C.Crisis },
        { "My daughter is hurting herself", C.Crisis },
        { "what if I just ended it all", C.Crisis },
        { "I'm not suicidal but I can't go on like this", C.Crisis },
        { "i just want it all to end", C.Crisis },
        { "Nobody would care if I was gone", C.Crisis },
        { "im burning up and shivering, chemo last week", C.Fever },
        { "my mum has collapsed and is shaking all over", C.Collapse },
        { "He passed out and won't wake up", C.Unresponsive },
        // Mixed: a negated symptom does not hide the next one.
        { "I don't have chest pain but I can't breathe", C.Breathing },
        { "oh no, she's having a seizure", C.Seizure },
    };

    public static TheoryData<string> Informational => new()
    {
        "what are the symptoms of lung metastasis?",
        "signs of brain metastases",
        "can breast cancer cause seizures?",
        "is chest pain a sign of lung mets",
        "what is spinal cord compression",
        "spinal cord compression",
        "how is fever treated during chemo",
        "What are the warning signs of spinal cord compression?",
        "Can brain metastases cause a stroke?",
        "What does a drooping face mean?",
        "Why does chemotherapy cause fever?",
        "How do doctors treat seizures from brain mets?",
        "Is shortness of breath common with lung metastases?",
        "what causes coughing up blood in lung cancer",
        "when should I call my doctor about a fever during chemo?",
        "What should I do if I get a fever during chemotherapy?",
        "If I have chest pain during treatment, who do I call?",
        "Can I get a fever from chemo?",
        "Will I have seizures with brain mets?",
        "What is the suicide rate in metastatic breast cancer?",
        "how can caregivers help with depression and suicidal thoughts in cancer patients",
        "what are the symptoms of bone metastases",
        "does back pain mean the cancer has spread to the spine",
        "What is a normal temperature?",
        "I read that brain mets can cause slurred speech",
        "My doctor said to watch for fever during chemo",
        "what is hypercalcemia",
        "strokes and breast cancer",
        "what is febrile neutropenia",
        "how is pleural effusion treated when breathing is hard",
        "I'm scared of having seizures in the future",
        "Is it normal to have numbness in my feet from chemo?",
        "my temperature is 37.2",
        "How long does fatigue last after radiation?",
        "What temperature counts as a fever during chemo?",
        "can you die from a seizure",
        "do brain mets cause slurred speech",
        "what does it mean when you cough up blood",
        "what are the chances of fainting after chemo",
    };

    public static TheoryData<string> Negated => new()
    {
        "I don't have chest pain but I'm worried about lung mets",
        "no fever",
        "I'm not having trouble breathing",
        "No chest pain, no fever, just tired",
        "I have never had a seizure",
        "she doesn't have a fever but she is very tired",
        "I don't have any back pain or numbness in my legs",
        "I haven't been coughing up blood",
        "there is no loss of bladder control",
        "I'm not short of breath, just a dry cough",
        "without fever or chills",
        "my mom isn't having a seizure, she's asleep",
    };

    [Theory]
    [MemberData(nameof(Emergencies))]
    public void Check_RedFlagHappeningNow_IsEmergencyWithCategory(string text, string category)
    {
        var result = Classify(text);

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Equal(category, result.Category);
    }

    [Theory]
    [MemberData(nameof(Informational))]
    public void Check_InformationalQuestion_IsNone(string text) => Assert.Equal(TriageKind.None, Classify(text).Kind);

    [Theory]
    [MemberData(nameof(Negated))]
    public void Check_NegatedSymptom_IsNone(string text) => Assert.Equal(TriageKind.None, Classify(text).Kind);

    [Fact]
    public void Check_BackPainAlone_IsNone() => Assert.Equal(TriageKind.None, Classify("my back hurts").Kind);

    [Fact]
    public void Check_Emergency_ReasonHoldsNoUserText()
    {
        var result = Classify("my husband zebrafish is struggling to breathe");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.DoesNotContain("zebrafish", result.Reason);
    }

    [Fact]
    public void Check_EmptyText_IsNone() => Assert.Equal(TriageKind.None, Check.Check(string.Empty).Kind);
}
