using Microsoft.AspNetCore.Identity;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Accounts;

/// <summary>A hash to verify against when the email is unknown, so both paths cost the same PBKDF2 work.</summary>
public sealed class PasswordTimingDecoy
{
    public PasswordTimingDecoy(IPasswordHasher<User> hasher)
    {
        User = new User { Email = "", NormalizedEmail = "", PasswordHash = "" };
        Hash = hasher.HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public User User { get; }

    public string Hash { get; }
}
