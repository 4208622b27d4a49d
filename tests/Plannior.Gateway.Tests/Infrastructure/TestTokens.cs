using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Plannior.Gateway.Tests.Infrastructure;

/// <summary>Tokens shaped like ChatApi's, signed with the secret the test Gateway is given, and forgeries of them.</summary>
public static class TestTokens
{
    public static readonly string Secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    private static readonly JsonWebTokenHandler Handler = new();

    public static string NewUserId() => Guid.NewGuid().ToString();

    public static string Valid(string userId) => Create(userId, Encoding.UTF8.GetBytes(Secret), DateTime.UtcNow.AddHours(1));

    public static string SignedWithWrongKey(string userId) =>
        Create(userId, RandomNumberGenerator.GetBytes(32), DateTime.UtcNow.AddHours(1));

    public static string Expired(string userId) =>
        Create(userId, Encoding.UTF8.GetBytes(Secret), DateTime.UtcNow.AddHours(-1), issuedAt: DateTime.UtcNow.AddHours(-2));

    /// <summary>A token with <c>alg: none</c> and no signature: the classic forgery.</summary>
    public static string Unsigned(string userId)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = userId,
            ["iss"] = "plannior",
            ["aud"] = "plannior-api",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        });
        return $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64UrlEncoder.Encode(payload)}.";
    }

    private static string Create(string userId, byte[] key, DateTime expires, DateTime? issuedAt = null)
    {
        var issued = issuedAt ?? DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "plannior",
            Audience = "plannior-api",
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId), new Claim(JwtRegisteredClaimNames.Email, "someone@example.com")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}
