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

    public IDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);

    public override string ToString() =>
        string.Join("; ", errors.Select(entry => $"{entry.Key} {string.Join(", ", entry.Value)}"));
}
