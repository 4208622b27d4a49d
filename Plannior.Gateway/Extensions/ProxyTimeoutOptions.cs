using System.ComponentModel.DataAnnotations;

namespace Plannior.Gateway.Extensions;

/// <summary>
/// The two request timeouts routes choose from by name in <c>ReverseProxy:Routes:*:TimeoutPolicy</c>, and the
/// connect timeout to ChatApi (section <c>Timeouts</c>).
/// </summary>
public sealed class ProxyTimeoutOptions
{
    public const string SectionName = "Timeouts";
    public const string StandardPolicy = "standard";
    public const string LongRunningPolicy = "long-running";

    /// <summary>Ordinary API calls: a ChatApi that takes longer than this is stuck.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Standard { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Opening a connection to ChatApi: past this it counts as unreachable (503 with Retry-After) instead of the
    /// request waiting out its timeout. At most 2 s, since on one network a live ChatApi accepts within milliseconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02")]
    public TimeSpan Connect { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Chat turns and streams, which wait on the LLM and its tool calls.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "02:00:00")]
    public TimeSpan LongRunning { get; set; } = TimeSpan.FromMinutes(5);
}
