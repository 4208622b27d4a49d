using System.Net.Mail;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Accounts;

internal static class AccountValidation
{
    public static readonly string[] Languages = ["en", "ur"];

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static void Email(ValidationErrors errors, string? email)
    {
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add("email", "Email is required.");
        }
        else if (trimmed.Length > AccountLimits.EmailMaxLength)
        {
            errors.Add("email", $"Email must be at most {AccountLimits.EmailMaxLength} characters.");
        }
        else if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !address.Host.Contains('.'))
        {
            errors.Add("email", "Email is not a valid address.");
        }
    }

    public static void NewPassword(ValidationErrors errors, string? password, string field = "password")
    {
        if (string.IsNullOrEmpty(password) || password.Length < AccountLimits.PasswordMinLength)
        {
            errors.Add(field, $"Password must be at least {AccountLimits.PasswordMinLength} characters.");
        }
        else if (password.Length > AccountLimits.PasswordMaxLength)
        {
            errors.Add(field, $"Password must be at most {AccountLimits.PasswordMaxLength} characters.");
        }
    }

    public static string? Name(ValidationErrors errors, string? name)
    {
        var trimmed = name?.Trim();
        if (trimmed?.Length > AccountLimits.NameMaxLength)
        {
            errors.Add("name", $"Name must be at most {AccountLimits.NameMaxLength} characters.");
        }
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static void Language(ValidationErrors errors, string? language)
    {
        if (language is null || !Languages.Contains(language))
        {
            errors.Add("language_preference", "Language must be \"en\" or \"ur\".");
        }
    }

    public static void TimeZone(ValidationErrors errors, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || !UserClock.IsKnownZone(timeZone))
        {
            errors.Add("timezone", "Time zone must be an IANA zone such as \"Asia/Karachi\" or \"UTC\".");
        }
    }
}
