using System.Globalization;
using System.Text;

namespace MbcBot.Search.Search;

/// <summary>
/// Why a document got its score: a tree whose root value equals the hit's score and whose descriptions spell
/// out the formula (Lucene's Explanation). <see cref="ToString"/> prints it indented, one node per line.
/// </summary>
public sealed class Explanation
{
    public Explanation(bool isMatch, double value, string description, IReadOnlyList<Explanation>? details = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        IsMatch = isMatch;
        Value = value;
        Description = description;
        Details = details ?? [];
    }

    /// <summary>False when the document does not match the query (value 0).</summary>
    public bool IsMatch { get; }

    public double Value { get; }

    public string Description { get; }

    public IReadOnlyList<Explanation> Details { get; }

    public static Explanation Match(double value, string description, params IReadOnlyList<Explanation> details) =>
        new(true, value, description, details);

    public static Explanation NoMatch(string description) => new(false, 0, description);

    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder, 0);
        return builder.ToString();
    }

    private void Append(StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2)
            .Append(Value.ToString("G6", CultureInfo.InvariantCulture))
            .Append(" = ")
            .Append(Description)
            .Append('\n');
        foreach (var detail in Details)
        {
            detail.Append(builder, depth + 1);
        }
    }
}
