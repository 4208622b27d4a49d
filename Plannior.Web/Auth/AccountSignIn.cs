using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Plannior.Web.Extensions;
using Plannior.Web.Services;

namespace Plannior.Web.Auth;

/// <summary>
/// Signs a person up or in through the API and keeps the resulting token in the session cookie.
/// Runs only in static SSR, where there is an HTTP response to write the cookie to.
/// </summary>
public sealed class AccountSignIn(PlanniorApiClient api, ILogger<AccountSignIn> logger)
{
    /// <summary>Set by wwwroot/timezone.js on every page load.</summary>
    public const string TimeZoneCookie = "plannior.tz";

    public async Task SignUpAsync(HttpContext http, SignUpRequest request)
    {
        var result = await api.SignUpAsync(request, http.Connection.RemoteIpAddress, http.RequestAborted);
        var session = ToSession(result, BrowserTimeZone(http));
        await SaveBrowserSettingsAsync(session, http.RequestAborted);
        await SignInAsync(http, session, persistent: false);
    }

    public async Task LogInAsync(HttpContext http, LogInRequest request, bool remember)
    {
        var result = await api.LogInAsync(request, http.Connection.RemoteIpAddress, http.RequestAborted);
        var session = ToSession(result, BrowserTimeZone(http));
        await RememberProfileLanguageAsync(http, session);
        await SignInAsync(http, session, remember);
    }

    // the profile's language is the user's choice on every device: the culture cookie follows it from sign-in on
    private async Task RememberProfileLanguageAsync(HttpContext http, UserSession session)
    {
        try
        {
            var profile = await api.GetProfileAsync(session, http.RequestAborted);
            UiLanguage.Remember(http.Response, UiLanguage.OrEnglish(profile.LanguagePreference));
        }
        catch (ApiException exception)
        {
            logger.LogWarning(exception, "Could not read the language of user {UserId}", session.UserId);
        }
    }

    /// <summary>
    /// Rewrites the session cookie with <paramref name="renewed"/> (the fresh token after a password change, the
    /// saved name), keeping the "remember me" choice the browser signed in with.
    /// </summary>
    public async Task RenewAsync(HttpContext http, UserSession renewed)
    {
        var current = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await SignInAsync(http, renewed, current.Properties?.IsPersistent ?? false);
    }

    /// <summary>The name the header shows: the profile's, or the email's local part when there is none.</summary>
    public static string DisplayName(string? name, string email) =>
        string.IsNullOrWhiteSpace(name) ? email.Split('@')[0] : name;

    private static UserSession ToSession(AuthResult result, string timeZoneId) => new(
        result.UserId,
        result.Email,
        DisplayName(result.Name, result.Email),
        result.Token,
        result.ExpiresAt,
        timeZoneId);

    private static Task SignInAsync(HttpContext http, UserSession session, bool persistent) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, session.ToPrincipal(), new AuthenticationProperties
        {
            IsPersistent = persistent,
            ExpiresUtc = session.ExpiresAt,
            AllowRefresh = false,
        });

    private static string BrowserTimeZone(HttpContext http) =>
        http.Request.Cookies.TryGetValue(TimeZoneCookie, out var cookie)
        && Uri.UnescapeDataString(cookie) is var zone
        && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)
            ? zone
            : "UTC";

    // the assistant reads "tomorrow" in the profile's zone, so a new account starts with the browser's, and in the
    // language the page was in when they signed up
    private async Task SaveBrowserSettingsAsync(UserSession session, CancellationToken cancellationToken)
    {
        try
        {
            await api.UpdateProfileAsync(session,
                new ProfileUpdate(Timezone: session.TimeZoneId, LanguagePreference: UiLanguage.Current), cancellationToken);
        }
        catch (ApiException exception)
        {
            logger.LogWarning(exception, "Could not save time zone {TimeZone} for user {UserId}", session.TimeZoneId, session.UserId);
        }
    }
}
