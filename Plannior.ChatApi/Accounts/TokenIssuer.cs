using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Accounts;

public sealed record SignedToken(string Token, DateTime ExpiresAt);

/// <summary>
/// The claim that ties a token to the password it was issued under. <c>iat</c> has whole seconds only, too coarse
/// to tell a token issued just before a change from the one issued just after it in the same second.
/// </summary>
public static class PasswordStamp
{
    public const string ClaimType = "pwd_at";

    public static DateTime Now(TimeProvider clock)
    {
        var utc = clock.GetUtcNow().UtcDateTime;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    public static string? Of(DateTime? passwordChangedAt) => passwordChangedAt is { } changedAt
        ? new DateTimeOffset(DateTime.SpecifyKind(changedAt, DateTimeKind.Utc)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
        : null;
}

public sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new();

    public SignedToken Issue(User user)
    {
        var jwt = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddMinutes(jwt.LifetimeMinutes);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email),
        };
        if (PasswordStamp.Of(user.PasswordChangedAt) is { } stamp)
        {
            claims.Add(new Claim(PasswordStamp.ClaimType, stamp));
        }
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.SecretBytes), SecurityAlgorithms.HmacSha256),
        });
        return new SignedToken(token, expires);
    }
}
