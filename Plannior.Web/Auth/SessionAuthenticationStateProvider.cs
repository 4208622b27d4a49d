using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Plannior.Web.Auth;

/// <summary>
/// Re-checks a live circuit's session every minute, so a page left open past the token's expiry
/// turns anonymous (and sends the user to sign in) without waiting for an API call to fail.
/// </summary>
public sealed class SessionAuthenticationStateProvider(ILoggerFactory loggerFactory, SessionValidator validator)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(validator.IsValid(UserSession.FromPrincipal(authenticationState.User)));
}
