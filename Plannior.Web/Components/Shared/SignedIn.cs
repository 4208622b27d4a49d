using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Shared;

/// <summary>
/// What a signed-in page hands down to its parts (cascaded, fixed): who is signed in and the one way to call
/// the API as them. A refused token ends the session for the whole page, wherever the call was made.
/// </summary>
public sealed class SignedIn(UserSession session, PlanniorApiClient api, Action endSession)
{
    public UserSession Session { get; } = session;

    public PlanniorApiClient Api { get; } = api;

    /// <summary>Runs an API call; a refused token ends the session, any other failure is returned to show.</summary>
    public async Task<ApiException?> TryCallAsync(Func<PlanniorApiClient, UserSession, Task> call)
    {
        try
        {
            await call(Api, Session);
            return null;
        }
        catch (ApiException exception)
        {
            if (exception.IsUnauthorized)
            {
                EndSession();
            }
            return exception;
        }
    }

    public void EndSession() => endSession();
}
