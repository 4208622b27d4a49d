namespace Plannior.Contracts;

/// <summary>RFC 7807 problem details as the API sends them.</summary>
public sealed record ProblemBody(
    string? Type, string? Title, int? Status, string? Detail, string? TraceId,
    Dictionary<string, string[]>? Errors);
