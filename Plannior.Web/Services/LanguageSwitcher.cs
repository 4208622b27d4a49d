using Microsoft.AspNetCore.Components;
using Plannior.Web.Components.Shared;
using Plannior.Web.Extensions;

namespace Plannior.Web.Services;

/// <summary>
/// The one way an interactive page changes the UI language (the header's form posts to <c>/account/language</c>,
/// which does the same on the server): the choice is saved to the profile's <c>language_preference</c>, so it
/// follows the user to every device, and the page reloads through <c>/account/language</c>, which sets the culture
/// cookie, because a circuit keeps the culture it started with.
/// </summary>
public sealed class LanguageSwitcher(NavigationManager navigation)
{
    /// <summary>Saves <paramref name="language"/> to the profile and reloads the page in it; returns the failure to show.</summary>
    public async Task<ApiException?> SwitchAsync(SignedIn signedIn, string language, string? returnUrl = null)
    {
        var code = UiLanguage.OrEnglish(language);
        var failure = await signedIn.TryCallAsync((api, session) => api.UpdateProfileAsync(session, new ProfileUpdate(LanguagePreference: code)));
        if (failure is null)
        {
            Apply(code, returnUrl);
        }
        return failure;
    }

    /// <summary>Reloads the page in <paramref name="language"/>, for a caller that has saved the profile itself.</summary>
    public void Apply(string language, string? returnUrl = null) =>
        navigation.NavigateTo(ApplyUrl(language, returnUrl ?? "/" + navigation.ToBaseRelativePath(navigation.Uri)), forceLoad: true);

    public static string ApplyUrl(string language, string returnUrl) =>
        $"account/language?language={Uri.EscapeDataString(UiLanguage.OrEnglish(language))}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
