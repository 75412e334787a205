using System.Text.RegularExpressions;

namespace MbcBot.Insights.Redaction;

/// <summary>One row of redaction-patterns.tsv: what is removed, with what, and why.</summary>
public sealed record RedactionPattern(string Name, Regex Pattern, string Replacement, string Reason);
