using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Shared;

/// <summary>
/// Base of the pages that act as the signed-in user. It resolves the <see cref="UserSession"/> before the page
/// initializes, and whenever the session is gone (signed out elsewhere, token expired or refused by the API)
/// it sends the browser to sign in with a full reload, so the cookie is re-checked and cleared on the server.
/// </summary>
public abstract class SignedInPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected PlanniorApiClient Api { get; set; } = default!;

    protected UserSession Session => SignedIn.Session;

    /// <summary>Cascaded to the page's components so they call the API the same way the page does.</summary>
    protected SignedIn SignedIn { get; private set; } = default!;

    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        var state = AuthenticationState is null ? null : await AuthenticationState;
        if (UserSession.FromPrincipal(state?.User) is not { } session)
        {
            SendToSignIn();
            return;
        }
        if (SignedIn?.Session != session)
        {
            SignedIn = new SignedIn(session, Api, SendToSignIn);
        }
        await base.SetParametersAsync(ParameterView.Empty);
    }

    /// <summary>Runs an API call; a refused token ends the session, any other failure is returned to show.</summary>
    protected Task<ApiException?> TryCallAsync(Func<UserSession, Task> call) =>
        SignedIn.TryCallAsync((_, session) => call(session));

    /// <summary>Where the user is, to come back to after signing in again.</summary>
    protected virtual string CurrentPath => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private void SendToSignIn() =>
        Navigation.NavigateTo($"account/signin?expired=1&returnUrl={Uri.EscapeDataString(CurrentPath)}", forceLoad: true);
}
