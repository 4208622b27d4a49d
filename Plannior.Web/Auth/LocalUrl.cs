namespace Plannior.Web.Auth;

/// <summary>Keeps post-sign-in redirects on this site.</summary>
public static class LocalUrl
{
    public const string Home = "/chat";

    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : Home;
}
