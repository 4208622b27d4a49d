namespace Plannior.Web.Auth;

/// <summary>One rule for "is this session still usable", shared by the cookie handler and live circuits.</summary>
public sealed class SessionValidator(RejectedTokens rejectedTokens, TimeProvider time)
{
    public bool IsValid(UserSession? session) =>
        session is not null && !session.IsExpired(time.GetUtcNow()) && !rejectedTokens.IsRejected(session);
}
