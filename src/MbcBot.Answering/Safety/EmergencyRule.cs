using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// One red-flag rule of <c>corpus/red-flags.json</c>. When <see cref="Companion"/> is set, the rule fires only if the
/// companion also occurs (as a red-flag mention, judged the same way) anywhere in the message: back pain alone is
/// common with bone metastases, back pain WITH leg numbness is a sign of spinal cord compression.
/// </summary>
/// <param name="Id">Stable name of the rule, shown in explanations (never any user text).</param>
/// <param name="Category">A <see cref="TriageCategories"/> emergency value.</param>
/// <param name="Pattern">The mention, matched on normalised lower-case text.</param>
/// <param name="Kind">How the mention is judged at the boundary.</param>
/// <param name="Companion">A second pattern that must also be present, or null.</param>
/// <param name="Accept">An extra test on the match (e.g. a temperature at or above the fever threshold), or null.</param>
internal sealed record EmergencyRule(
    string Id,
    string Category,
    TieredRegex Pattern,
    MentionKind Kind,
    TieredRegex? Companion = null,
    Func<Match, bool>? Accept = null);
