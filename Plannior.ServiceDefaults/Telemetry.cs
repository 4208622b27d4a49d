using System.Diagnostics;

namespace Microsoft.Extensions.Hosting;

/// <summary>The activity source and meter name every Plannior service emits its own spans and metrics under.</summary>
public static class Telemetry
{
    public const string ActivitySourceName = "Plannior";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
