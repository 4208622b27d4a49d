using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>Hand-made JWTs: valid ones signed like the ChatApi signs, and the broken kinds an attacker would try.</summary>
public static class TestTokens
{
    public const string Issuer = "plannior";
    public const string Audience = "plannior-api";

    public static string Sign(
        string secret, string subject, string? issuer = Issuer, string? audience = Audience,
        DateTime? expires = null, string algorithm = SecurityAlgorithms.HmacSha256, bool withExpiry = true)
    {
        var now = DateTime.UtcNow;
        var expiresAt = expires ?? now.AddHours(1);
        var issuedAt = expiresAt < now ? expiresAt.AddHours(-1) : now;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = withExpiry ? expiresAt : null,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, subject),
                new Claim(JwtRegisteredClaimNames.Email, $"{subject}@example.com"),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), algorithm),
        });
    }

    /// <summary>Rewrites one payload claim and keeps the original header and signature.</summary>
    public static string WithPayloadClaim(string token, string claim, JsonNode value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>The same claims under <c>alg: none</c>, with an empty signature.</summary>
    public static string Unsigned(string token)
    {
        var payload = token.Split('.')[1];
        return $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{payload}.";
    }

    public static JsonObject Header(string token) => JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[0]))!.AsObject();

    public static JsonObject Payload(string token) => JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]))!.AsObject();
}
