namespace MbcBot.Search.Index;

/// <summary>
/// A document to index: an exact, never-analyzed <see cref="Id"/> (a Lucene StringField, stored) and named text fields
/// that are analyzed (TextField, not stored: the caller keeps the texts). Field names must be declared in the options.
/// </summary>
public sealed class IndexDocument
{
    public IndexDocument(string id, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(fields);
        Id = id;
        Fields = fields;
    }

    /// <summary>The caller's stable id, returned as-is in hits.</summary>
    public string Id { get; }

    /// <summary>Field name → plain text (no markup: turning formats into text is the caller's job).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }
}
