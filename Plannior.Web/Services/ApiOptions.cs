using System.ComponentModel.DataAnnotations;

namespace Plannior.Web.Services;

/// <summary>Where and how the web app reaches the Plannior API (always through the Gateway).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The Gateway's base address; <c>http://gateway</c> is resolved by Aspire service discovery.</summary>
    [Required]
    public Uri BaseAddress { get; set; } = new("http://gateway");

    /// <summary>How long one call may take; chat turns run the LLM and its tools, so this is generous.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
