namespace Plannior.ChatApi.Infrastructure;

/// <summary>A user's search text as an <c>ILIKE</c> pattern (escape character <see cref="Escape"/>): their % and _ are literal.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text) =>
        "%" + text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
