namespace Plannior.Gateway.Cors;

/// <summary>The browser origins allowed to call the API, from the root key <c>ALLOWED_ORIGINS</c> (comma-separated).</summary>
public sealed class CorsSettings
{
    public const string AllowedOriginsKey = "ALLOWED_ORIGINS";
    public const string PolicyName = "browser-clients";
    public const string Wildcard = "*";

    /// <summary>The Web app's own origin (docs/CONTRACTS.md), the only caller a developer needs by default.</summary>
    public const string DevelopmentDefaultOrigin = "http://localhost:5080";

    public static readonly string[] AllowedMethods = ["GET", "POST", "PATCH", "DELETE", "OPTIONS"];
    public static readonly string[] AllowedHeaders =
        ["Authorization", "Content-Type", "Accept", "Last-Event-ID", "Mcp-Session-Id", "Mcp-Protocol-Version"];

    /// <summary>Response headers a browser script needs to read: where a created task lives, when to retry, why a call was refused.</summary>
    public static readonly string[] ExposedHeaders = ["Location", "Retry-After", "WWW-Authenticate", "Mcp-Session-Id"];

    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    public bool AllowsAnyOrigin => AllowedOrigins.Contains(Wildcard);

    public static IReadOnlyList<string> Parse(string? value) =>
        (value ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(origin => origin.TrimEnd('/'))
            .Where(origin => origin.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
