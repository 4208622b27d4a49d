using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Plannior.Web.Extensions;

/// <summary>
/// The languages the UI speaks, as API.md's <c>language_preference</c> codes, and the culture cookie that carries
/// the choice: a Blazor Server circuit keeps the culture of the request that opened it, so a change takes effect
/// by setting the cookie and reloading (<see cref="Services.LanguageSwitcher"/>).
/// </summary>
public static class UiLanguage
{
    public const string English = "en";
    public const string Urdu = "ur";

    public static readonly IReadOnlyList<string> All = [English, Urdu];

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static string OrEnglish(string? code) => code is not null && All.Contains(code) ? code : English;

    /// <summary>What the language calls itself: "English", "اردو".</summary>
    public static string NativeName(string code) => OrEnglish(code) == Urdu ? "اردو" : "English";

    public static CultureInfo Culture(string code) => CultureInfo.GetCultureInfo(OrEnglish(code));

    /// <summary>The code of the culture the current request or circuit runs in.</summary>
    public static string Current => OrEnglish(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static bool IsRightToLeft => Culture(Current).TextInfo.IsRightToLeft;

    public static string Direction => IsRightToLeft ? "rtl" : "ltr";

    /// <summary>
    /// How dates and numbers are written: Pakistani Urdu (Urdu month and day names) or British English, the
    /// day-month order the app has always shown.
    /// </summary>
    public static CultureInfo FormatCulture => CultureInfo.GetCultureInfo(Current == Urdu ? "ur-PK" : "en-GB");

    /// <summary>The browser speech recognition's language for the UI language.</summary>
    public static string SpeechLanguage => Current == Urdu ? "ur-PK" : "en-US";

    public static void Remember(HttpResponse response, string code) => response.Cookies.Append(
        CookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(OrEnglish(code))),
        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    public static IApplicationBuilder UsePlanniorLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            var cultures = All.Select(Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // the profile's choice, copied into the cookie at sign-in and by the switch; never the browser's headers
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
}
