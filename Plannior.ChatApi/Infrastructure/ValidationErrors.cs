namespace Plannior.ChatApi.Infrastructure;

/// <summary>Collects per-field messages for a 400 validation problem (<c>errors</c>: field → messages).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>
    /// PostgreSQL text cannot hold U+0000: a query parameter with it would fail in the database instead of naming the
    /// parameter. (Bodies are checked by the JSON reader.)
    /// </summary>
    public void RequireStorable(string field, string? value)
    {
        if (value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            Add(field, "The text cannot contain U+0000.");
        }
    }

    public IDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);

    public override string ToString() =>
        string.Join("; ", errors.Select(entry => $"{entry.Key} {string.Join(", ", entry.Value)}"));
}
