using System.Diagnostics;

namespace Microsoft.Extensions.Hosting;

/// <summary>The activity source and meter name every Plannior service emits its own spans and metrics under.</summary>
public static class Telemetry
{
    public const string ActivitySourceName = "Plannior";

    /// <summary>The source and meter M.E.AI's OpenTelemetry client uses when it is given no name of its own.</summary>
    public const string MicrosoftExtensionsAiName = "Experimental.Microsoft.Extensions.AI";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
