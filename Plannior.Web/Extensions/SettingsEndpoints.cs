using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Extensions;

/// <summary>
/// The settings that change what the session cookie holds, or hand the browser a file. They are plain form posts and
/// a download rather than circuit calls: only an HTTP response can rewrite the cookie with the fresh token after a
/// password change, clear it after the account is deleted, or carry an attachment.
/// </summary>
public static class SettingsEndpoints
{
    public const string SettingsPath = "/settings";

    public static IEndpointRouteBuilder MapSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").RequireAuthorization();
        account.MapPost("/password", ChangePasswordAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapPost("/delete", DeleteAccountAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapGet("/export", ExportAsync);
        account.MapGet("/refresh", RefreshAsync);
        return endpoints;
    }

    private static async Task<IResult> ChangePasswordAsync(
        HttpContext http, [FromForm(Name = "current_password")] string? currentPassword,
        [FromForm(Name = "new_password")] string? newPassword, PlanniorApiClient api, AccountSignIn signIn)
    {
        if (UserSession.FromPrincipal(http.User) is not { } session)
        {
            return SignedOut();
        }
        try
        {
            var token = await api.ChangePasswordAsync(session, new PasswordChange(currentPassword ?? "", newPassword ?? ""), http.RequestAborted);
            if (token is null)
            {
                return BackToSettings("password", "wrong");
            }
            // this browser goes on with the fresh token; every other session holds one the API now refuses
            await signIn.RenewAsync(http, session with { Token = token.Token, ExpiresAt = token.ExpiresAt });
            return BackToSettings("password", "changed");
        }
        catch (ApiException exception) when (exception.IsUnauthorized)
        {
            return SignedOut();
        }
        catch (ApiException exception) when (exception.FieldErrors.Count > 0)
        {
            return BackToSettings("password", "invalid");
        }
        catch (ApiException)
        {
            return BackToSettings("password", "failed");
        }
    }

    private static async Task<IResult> DeleteAccountAsync(
        HttpContext http, [FromForm(Name = "password")] string? password, PlanniorApiClient api)
    {
        if (UserSession.FromPrincipal(http.User) is not { } session)
        {
            return SignedOut();
        }
        try
        {
            if (!await api.DeleteAccountAsync(session, new AccountDeletion(password ?? ""), http.RequestAborted))
            {
                return BackToSettings("delete", "wrong");
            }
        }
        catch (ApiException exception) when (!exception.IsUnauthorized)
        {
            return BackToSettings("delete", exception.FieldErrors.Count > 0 ? "wrong" : "failed");
        }
        catch (ApiException)
        {
            // the token was already refused: the account is out of reach either way
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/account/signin?deleted=1");
    }

    /// <summary>Brings the cookie's copy of the profile (the name in the header) up to date, then goes back.</summary>
    private static async Task<IResult> RefreshAsync(HttpContext http, string? returnUrl, PlanniorApiClient api, AccountSignIn signIn)
    {
        if (UserSession.FromPrincipal(http.User) is not { } session)
        {
            return SignedOut();
        }
        try
        {
            var profile = await api.GetProfileAsync(session, http.RequestAborted);
            await signIn.RenewAsync(http, session with { Name = AccountSignIn.DisplayName(profile.Name, profile.Email) });
            // the page comes back in the profile's language, as the header's switch does it
            UiLanguage.Remember(http.Response, UiLanguage.OrEnglish(profile.LanguagePreference));
        }
        catch (ApiException exception) when (exception.IsUnauthorized)
        {
            return SignedOut();
        }
        catch (ApiException)
        {
            // the profile is saved; only the header's copy of the name waits for the next sign-in
        }
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private static async Task<IResult> ExportAsync(HttpContext http, PlanniorApiClient api, TimeProvider time)
    {
        if (UserSession.FromPrincipal(http.User) is not { } session)
        {
            return SignedOut();
        }
        try
        {
            var export = await api.ExportAccountAsync(session, http.RequestAborted);
            var day = WallClock.Today(time.GetUtcNow(), session.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.File(export, "application/json", $"plannior-export-{day}.json");
        }
        catch (ApiException exception) when (exception.IsUnauthorized)
        {
            return SignedOut();
        }
        catch (ApiException)
        {
            return BackToSettings("export", "failed");
        }
    }

    private static IResult BackToSettings(string form, string outcome) =>
        TypedResults.LocalRedirect($"{SettingsPath}?{form}={outcome}");

    private static IResult SignedOut() =>
        TypedResults.LocalRedirect($"/account/signin?expired=1&returnUrl={Uri.EscapeDataString(SettingsPath)}");
}
