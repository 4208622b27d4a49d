using System.ComponentModel.DataAnnotations;

namespace Plannior.Gateway.Health;

/// <summary>How the Gateway's <c>chat-api</c> health check reaches ChatApi (section <c>ChatApiHealth</c>).</summary>
public sealed class ChatApiHealthOptions
{
    public const string SectionName = "ChatApiHealth";
    public const string CheckName = "chat-api";

    /// <summary>Service-discovery address of ChatApi (docs/CONTRACTS.md).</summary>
    [Required]
    public Uri BaseAddress { get; set; } = new("http://chat-api");

    /// <summary>Short, so a hung ChatApi makes the Gateway's /health unhealthy instead of slow.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
