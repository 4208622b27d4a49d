using Microsoft.Extensions.Options;

namespace Plannior.Gateway.RateLimiting;

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new[]
        {
            Check(nameof(RateLimitOptions.Chat), options.Chat),
            Check(nameof(RateLimitOptions.Api), options.Api),
            Check(nameof(RateLimitOptions.Auth), options.Auth),
        }.SelectMany(messages => messages).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(string policy, WindowLimit? limit)
    {
        var key = $"{RateLimitOptions.SectionName}:{policy}";
        if (limit is null)
        {
            yield return $"{key} is missing.";
            yield break;
        }
        if (limit.PermitLimit < 1)
        {
            yield return $"{key}:PermitLimit must be at least 1 (got {limit.PermitLimit}).";
        }
        if (limit.Window < TimeSpan.FromMilliseconds(100) || limit.Window > TimeSpan.FromDays(1))
        {
            yield return $"{key}:Window must be between 00:00:00.1 and 1.00:00:00 (got {limit.Window}).";
        }
    }
}
