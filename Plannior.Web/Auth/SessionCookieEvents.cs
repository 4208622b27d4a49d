using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Plannior.Web.Auth;

/// <summary>Drops the cookie as soon as the API token inside it has expired or been refused.</summary>
public sealed class SessionCookieEvents(SessionValidator validator) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (!validator.IsValid(UserSession.FromPrincipal(context.Principal)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
