using MbcBot.Answering.Text;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using static MbcBot.Answering.Safety.SafetyRegex;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The reviewed red-flag data (<c>corpus/red-flags.json</c>), compiled: the emergency rules in priority order, the
/// time cues the judge reads, the red-flag spelling lexicon, and the other-language rules.
/// <see cref="Default"/> is the file compiled into this assembly as a resource, so safety never depends on a deploy
/// path or a missing file. Loading validates everything (each pattern compiles, each fragment, category, kind and
/// accept test exists) and throws <see cref="InvalidDataException"/> naming the entry, so a bad edit fails the build's
/// tests and start-up, never a patient's message. Immutable and thread-safe.
/// </summary>
internal sealed class RedFlagTable
{
    private const string ResourceName = "MbcBot.Answering.Safety.red-flags.json";

    private static readonly Lazy<RedFlagTable> DefaultTable = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"{ResourceName}: resource missing from the assembly.");
        return Load(stream);
    });

    private static readonly Regex FragmentReference = new(@"\{([a-zA-Z]+)\}", RegexOptions.CultureInvariant);

    private static readonly IReadOnlyDictionary<string, Func<Match, bool>> AcceptTests = new Dictionary<string, Func<Match, bool>>
    {
        ["fever-threshold"] = FeverThreshold.IsFever,
    };

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private RedFlagTable(
        IReadOnlyList<EmergencyRule> rules,
        TieredRegex resolvedPast,
        TieredRegex present,
        TieredRegex happeningNow,
        RedFlagSpelling spelling,
        IReadOnlyList<OtherLanguage> languages,
        IReadOnlySet<string> englishMarkers,
        int minForeignWords,
        double minForeignShare)
    {
        Rules = rules;
        ResolvedPast = resolvedPast;
        Present = present;
        HappeningNow = happeningNow;
        Spelling = spelling;
        Languages = languages;
        EnglishMarkers = englishMarkers;
        MinForeignWords = minForeignWords;
        MinForeignShare = minForeignShare;
    }

    /// <summary>The table shipped in this assembly.</summary>
    public static RedFlagTable Default => DefaultTable.Value;

    /// <summary>The shipped file's text, for the triage model's fingerprint (its signals come from these rules).</summary>
    public static string DefaultText => Learning.ModelResources.ResourceText(Assembly.GetExecutingAssembly(), ResourceName);

    public IReadOnlyList<EmergencyRule> Rules { get; }

    /// <summary>A red flag "over and done with" ("years ago", "cleared with antibiotics").</summary>
    public TieredRegex ResolvedPast { get; }

    /// <summary>Words that put a red flag back in the present; they cancel <see cref="ResolvedPast"/>.</summary>
    public TieredRegex Present { get; }

    /// <summary>Words that make a red flag a report even without a person ("tonight", "right now").</summary>
    public TieredRegex HappeningNow { get; }

    public RedFlagSpelling Spelling { get; }

    public IReadOnlyList<OtherLanguage> Languages { get; }

    /// <summary>Common short English words: a message with more of them than of a language's markers is English.</summary>
    public IReadOnlySet<string> EnglishMarkers { get; }

    /// <summary>A message needs at least this many words to be judged as another language.</summary>
    public int MinForeignWords { get; }

    /// <summary>Share of a message's words that must be one language's markers (and more than the English ones).</summary>
    public double MinForeignShare { get; }


    public static RedFlagTable Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = JsonSerializer.Deserialize<FileModel>(json, Json) ?? throw new InvalidDataException("red-flags.json: empty.");
        var fragments = file.Fragments ?? [];
        var emergencyCategories = EmergencyCategories();

        var rules = new List<EmergencyRule>();
        var ids = new HashSet<string>();
        foreach (var r in file.Rules ?? [])
        {
            var where = $"red-flags.json: rule \"{r.Id}\"";
            if (string.IsNullOrWhiteSpace(r.Id) || !ids.Add(r.Id)) throw new InvalidDataException($"{where}: missing or duplicate id.");
            if (string.IsNullOrWhiteSpace(r.Why)) throw new InvalidDataException($"{where}: says nothing under \"why\".");
            if (r.Category is null || !emergencyCategories.Contains(r.Category)) throw new InvalidDataException($"{where}: unknown category \"{r.Category}\".");
            if (!Enum.TryParse<MentionKind>(r.Kind, ignoreCase: true, out var kind)) throw new InvalidDataException($"{where}: unknown kind \"{r.Kind}\".");
            Func<Match, bool>? accept = null;
            if (r.Accept is not null && !AcceptTests.TryGetValue(r.Accept, out accept)) throw new InvalidDataException($"{where}: unknown accept test \"{r.Accept}\".");
            rules.Add(new EmergencyRule(
                r.Id,
                r.Category,
                Compile(where, Expand(where, r.Pattern, fragments)),
                kind,
                r.Companion is null ? null : Compile(where + " companion", Expand(where, r.Companion, fragments)),
                accept));
        }

        if (rules.Count == 0) throw new InvalidDataException("red-flags.json: no rules.");

        var time = file.Time ?? throw new InvalidDataException("red-flags.json: no \"time\" section.");
        var languages = (file.OtherLanguages?.Languages ?? []).Select(l => OtherLanguage.Create(l.Code, l.Markers, l.Rules
            .Select(x => (x.Category ?? "", Compile($"red-flags.json: {l.Code} rule {x.Category}", x.Pattern)))
            .ToList(), emergencyCategories)).ToList();

        return new RedFlagTable(
            rules,
            Union("time.resolvedPast", time.ResolvedPast),
            Union("time.present", time.Present),
            Union("time.happeningNow", time.HappeningNow),
            RedFlagSpelling.Create(file.Spelling ?? throw new InvalidDataException("red-flags.json: no \"spelling\" section.")),
            languages,
            (file.OtherLanguages?.EnglishMarkers ?? []).ToHashSet(StringComparer.Ordinal),
            file.OtherLanguages?.MinWords ?? 3,
            file.OtherLanguages?.MinShare ?? 0.34);
    }

    private static HashSet<string> EmergencyCategories() => [.. TriageCategories.Emergencies];

    private static string Expand(string where, string? pattern, IReadOnlyDictionary<string, string> fragments, int depth = 0)
    {
        if (string.IsNullOrWhiteSpace(pattern)) throw new InvalidDataException($"{where}: empty pattern.");
        if (depth > 3) throw new InvalidDataException($"{where}: fragments nest too deep.");
        return FragmentReference.Replace(pattern, m => fragments.TryGetValue(m.Groups[1].Value, out var f)
            ? Expand(where, f, fragments, depth + 1)
            : throw new InvalidDataException($"{where}: unknown fragment {{{m.Groups[1].Value}}}."));
    }

    private static TieredRegex Compile(string where, string? pattern)
    {
        try
        {
            return Create(pattern ?? throw new InvalidDataException($"{where}: empty pattern."));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{where}: bad pattern: {ex.Message}", ex);
        }
    }

    private static TieredRegex Union(string where, CueList? cues)
    {
        if (cues?.Patterns is not { Length: > 0 } patterns) throw new InvalidDataException($"red-flags.json: {where} is empty.");
        return Compile($"red-flags.json: {where}", string.Join("|", patterns.Select(p => "(?:" + p + ")")));
    }

    // The JSON shape (System.Text.Json binds these by name).
    private sealed record FileModel(
        Dictionary<string, string>? Fragments,
        RuleModel[]? Rules,
        TimeModel? Time,
        SpellingModel? Spelling,
        OtherLanguagesModel? OtherLanguages);

    private sealed record RuleModel(string Id, string? Category, string? Kind, string? Pattern, string? Companion, string? Accept, string? Why);

    private sealed record TimeModel(CueList? ResolvedPast, CueList? Present, CueList? HappeningNow);

    private sealed record CueList(string[]? Patterns, string? Why);

    private sealed record OtherLanguagesModel(int? MinWords, double? MinShare, string[]? EnglishMarkers, LanguageModel[]? Languages);

    private sealed record LanguageModel(string Code, string[] Markers, LanguageRuleModel[] Rules);

    private sealed record LanguageRuleModel(string? Category, string? Pattern, string? Why);

    internal sealed record SpellingModel(int MinTokenLength, string[]? Words, VariantModel[]? Variants, KeepModel[]? Keep);

    internal sealed record VariantModel(string To, string[] From, string? Why);

    internal sealed record KeepModel(string[] Words, string? Why);
}
