using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Plannior.Web.Extensions;

/// <summary>
/// The languages the UI speaks, as API.md's <c>language_preference</c> codes. The request culture comes from the
/// ASP.NET culture cookie only (never the browser's headers): a Blazor Server circuit keeps the culture of the
/// request that opened it, so a choice takes effect by setting the cookie and reloading.
/// </summary>
public static class UiLanguage
{
    public const string English = "en";
    public const string Urdu = "ur";

    public static readonly IReadOnlyList<string> All = [English, Urdu];

    public static string OrEnglish(string? code) => code is not null && All.Contains(code) ? code : English;

    public static CultureInfo Culture(string code) => CultureInfo.GetCultureInfo(OrEnglish(code));

    /// <summary>The code of the culture the current request or circuit runs in.</summary>
    public static string Current => OrEnglish(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static IApplicationBuilder UsePlanniorLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            var cultures = All.Select(Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // meant to carry the profile's language_preference; until every screen is translated nothing sets it
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
}
