using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Plannior.Web.Auth;

/// <summary>
/// The signed-in user as the cookie carries it: who they are, the API token to act as them,
/// and the browser's time zone so dates read in local time.
/// </summary>
public sealed record UserSession(
    string UserId, string Email, string Name, string Token, DateTimeOffset ExpiresAt, string TimeZoneId)
{
    private const string TokenClaim = "plannior:token";
    private const string ExpiresAtClaim = "plannior:expires_at";
    private const string TimeZoneClaim = "plannior:time_zone";

    public TimeZoneInfo TimeZone =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;

    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, UserId),
        new Claim(ClaimTypes.Email, Email),
        new Claim(ClaimTypes.Name, Name),
        new Claim(TokenClaim, Token),
        new Claim(ExpiresAtClaim, ExpiresAt.ToString("O", CultureInfo.InvariantCulture)),
        new Claim(TimeZoneClaim, TimeZoneId),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    public static UserSession? FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var token = principal.FindFirstValue(TokenClaim);
        var expiresAt = principal.FindFirstValue(ExpiresAtClaim);
        if (userId is null || token is null
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires))
        {
            return null;
        }

        var email = principal.FindFirstValue(ClaimTypes.Email) ?? "";
        return new UserSession(
            userId,
            email,
            principal.FindFirstValue(ClaimTypes.Name) ?? email,
            token,
            expires,
            principal.FindFirstValue(TimeZoneClaim) ?? "UTC");
    }
}
