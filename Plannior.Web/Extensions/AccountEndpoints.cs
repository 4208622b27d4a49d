using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Extensions;

public static class AccountEndpoints
{
    /// <summary>Maps <c>POST /account/signout</c> and the language switch; sign-in and sign-up are Razor pages.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", (Delegate)SignOutAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        endpoints.MapPost("/account/language", (Delegate)SwitchLanguageAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        endpoints.MapGet("/account/language", ApplyLanguage);
        return endpoints;
    }

    /// <summary>
    /// The header's language switch: saved to the profile when signed in (so it follows the user), kept in the
    /// culture cookie, and applied by reloading the page the user was on.
    /// </summary>
    private static async Task<IResult> SwitchLanguageAsync(
        HttpContext http, PlanniorApiClient api, ILoggerFactory loggers, [FromForm] string? language, [FromForm] string? returnUrl)
    {
        var code = UiLanguage.OrEnglish(language);
        if (UserSession.FromPrincipal(http.User) is { } session)
        {
            try
            {
                await api.UpdateProfileAsync(session, new ProfileUpdate(LanguagePreference: code), http.RequestAborted);
            }
            catch (ApiException exception)
            {
                // the page still switches; the profile catches up the next time the user switches or saves settings
                loggers.CreateLogger(typeof(AccountEndpoints)).LogWarning(exception, "Could not save language {Language}", code);
            }
        }
        return ApplyLanguage(http, code, returnUrl);
    }

    /// <summary>
    /// Where <see cref="LanguageSwitcher"/> reloads an interactive page after saving the profile: only the display
    /// language of this browser changes, so it needs no form token.
    /// </summary>
    private static IResult ApplyLanguage(HttpContext http, string? language, string? returnUrl)
    {
        UiLanguage.Remember(http.Response, UiLanguage.OrEnglish(language));
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/account/signin?signedOut=1");
    }
}
