using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Plannior.ChatApi.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The authenticated user's id; only called behind authorization, where <c>sub</c> is a validated GUID.</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id)
            ? id
            : throw new InvalidOperationException("The principal carries no user id.");
}
