using System.ComponentModel.DataAnnotations;

namespace Plannior.Gateway.Extensions;

/// <summary>What a single request may carry before the Gateway refuses it (section <c>RequestLimits</c>).</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Largest request body forwarded to ChatApi; API.md promises 413 above 64 KiB.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Kestrel's MaxRequestBodySize, for whatever reads a body outside the Gateway's own check. Twice the payload
    /// limit, because Kestrel counts chunk-size lines too: at one framing byte per payload byte only pathological
    /// clients (tiny chunks) meet it before the exact check does.
    /// </summary>
    public long ServerBodyBackstopBytes => MaxBodyBytes * 2;

    [Range(1024, 1024 * 1024)]
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    [Range(256, 64 * 1024)]
    public int MaxRequestLineSize { get; set; } = 8 * 1024;

    [Range(8, 1000)]
    public int MaxRequestHeaderCount { get; set; } = 64;

    /// <summary>How long a client may take to send its headers; short so slow-header clients cannot hold connections.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
