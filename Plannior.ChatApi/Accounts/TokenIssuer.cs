using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Accounts;

public sealed record IssuedToken(string Token, DateTime ExpiresAt);

public sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new();

    public IssuedToken Issue(User user)
    {
        var jwt = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddMinutes(jwt.LifetimeMinutes);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, user.Email),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.SecretBytes), SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }

}
