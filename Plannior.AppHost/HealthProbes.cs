using System.Text.Json;
using Aspire.Hosting.Publishing;

namespace Plannior.AppHost;

// ProbeType and the probe annotations are still flagged for evaluation; they are how Aspire 13 declares probes.
#pragma warning disable ASPIREPROBES001
internal static class HealthProbes
{
    /// <summary>
    /// How each Plannior service's health is watched. Run mode: the dashboard's check (and what WaitFor waits on) is
    /// <c>/health</c>. Publish mode: probes for the container host, a startup probe on <c>/alive</c> patient enough
    /// for chat-api's migrations (it listens only once they are applied: up to 5 minutes), readiness on
    /// <c>/health</c> (traffic only while its dependencies are up), liveness on <c>/alive</c> (restart only a process
    /// that cannot serve; a database outage must not restart every replica). The manifest format has no field for
    /// probes, so they are written into each project's entry as <c>probes</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithHealthProbes(this IResourceBuilder<ProjectResource> builder)
    {
        if (builder.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            // Each probe would add a health check of its own, keyed by endpoint and path, and /alive twice.
            return builder.WithHttpHealthCheck("/health");
        }
        return builder
            // Startup on the http endpoint: Aspire keys the health checks it derives from probes by endpoint and path.
            .WithHttpProbe(ProbeType.Startup, "/alive", periodSeconds: 5, failureThreshold: 60, endpointName: "http")
            .WithHttpProbe(ProbeType.Readiness, "/health", periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3)
            .WithHttpProbe(ProbeType.Liveness, "/alive", periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3)
            .WithManifestPublishingCallback(context => WriteProjectAsync(context, builder.Resource));
    }

    /// <summary>The entry Aspire writes for a project (type, path, args, env, bindings), then its replicas and probes.</summary>
    private static async Task WriteProjectAsync(ManifestPublishingContext context, ProjectResource project)
    {
        var writer = context.Writer;
        writer.WriteString("type", "project.v0");
        writer.WriteString("path", context.GetManifestRelativePath(project.GetProjectMetadata().ProjectPath));
        await context.WriteCommandLineArgumentsAsync(project);
        await context.WriteEnvironmentVariablesAsync(project);
        context.WriteBindings(project);
        // How many replicas the platform runs (Plannior:Replicas); the manifest format has no field for it either.
        writer.WriteNumber("replicas", project.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas) ? replicas.Replicas : 1);
        WriteProbes(writer, project);
    }

    private static void WriteProbes(Utf8JsonWriter writer, ProjectResource project)
    {
        writer.WriteStartArray("probes");
        foreach (var probe in project.Annotations.OfType<EndpointProbeAnnotation>())
        {
            writer.WriteStartObject();
            writer.WriteString("type", probe.Type.ToString().ToLowerInvariant());
            writer.WriteStartObject("httpGet");
            writer.WriteString("path", probe.Path);
            // The platform probes the container's own port, which serves plain HTTP behind the TLS-terminating
            // ingress, whichever endpoint the run-mode check used.
            writer.WriteString("endpoint", "http");
            writer.WriteEndObject();
            writer.WriteNumber("initialDelaySeconds", probe.InitialDelaySeconds);
            writer.WriteNumber("periodSeconds", probe.PeriodSeconds);
            writer.WriteNumber("timeoutSeconds", probe.TimeoutSeconds);
            writer.WriteNumber("failureThreshold", probe.FailureThreshold);
            writer.WriteNumber("successThreshold", probe.SuccessThreshold);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
#pragma warning restore ASPIREPROBES001
