namespace Plannior.Gateway.RateLimiting;

/// <summary>Requests allowed per fixed window, per partition (section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary><c>/api/{user_id}/chat</c> and <c>/chat/stream</c>, per user: each call runs the LLM.</summary>
    public WindowLimit Chat { get; set; } = new() { PermitLimit = 20 };

    /// <summary>Every other proxied call, per user.</summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 300 };

    /// <summary><c>/api/auth/*</c>, per client IP whoever the caller claims to be: slows password guessing.</summary>
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 10 };
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
