using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests;

/// <summary>What an operator's dashboard receives over OTLP after one chat turn, caught by in-memory exporters.</summary>
public sealed class TelemetryTests(TelemetryTests.RecordingChatApi factory) : IClassFixture<TelemetryTests.RecordingChatApi>
{
    private const string Message = "add buy oat milk tomorrow";
    private const string ChatRoute = "/api/{user_id}/chat/";

    [Fact]
    public async Task One_chat_turn_yields_its_spans_and_the_metrics_alerts_are_built_on()
    {
        var api = await factory.NewUserAsync();

        var reply = await api.ChatAsync(Message);
        Assert.Equal("add_task", Assert.Single(reply.ToolCalls())!.Str("name"));
        factory.Flush();

        var inTurn = factory.SpansOfChat(api.UserId);
        Assert.Contains(inTurn, span => span.Source.Name == Microsoft.Extensions.Hosting.Telemetry.ActivitySourceName && span.DisplayName.StartsWith("chat", StringComparison.Ordinal));
        Assert.Contains(inTurn, span => span.DisplayName == "execute_tool add_task");
        Assert.Contains(inTurn, span => span.Source.Name == "Npgsql");

        var metrics = factory.MetricPoints();
        Assert.Contains(metrics, m => m.Name == ChatMetrics.TurnDuration && m.Tags["mode"] == "reply" && m.Tags["outcome"] == "ok");
        Assert.Contains(metrics, m => m.Name == ChatMetrics.ToolCalls && m.Tags["tool"] == "add_task" && m.Tags["outcome"] == "ok");
        Assert.Contains(metrics, m => m.Name == "gen_ai.client.operation.duration");
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration" && m.Tags.GetValueOrDefault("http.route") == ChatRoute);
        Assert.Contains(metrics, m => m.Meter == "Npgsql" && m.Name.StartsWith("db.client.connection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_contents_stay_out_of_spans_unless_an_operator_opts_in()
    {
        var api = await factory.NewUserAsync();

        await api.ChatAsync(Message);
        factory.Flush();

        Assert.DoesNotContain(factory.SpansOfChat(api.UserId), span => span.TagObjects.Any(tag => tag.Value?.ToString()?.Contains("oat milk", StringComparison.OrdinalIgnoreCase) == true));
    }

    [Fact]
    public async Task With_the_opt_in_the_chat_span_carries_the_message()
    {
        await using var recording = new ContentRecordingChatApi();
        await ((IAsyncLifetime)recording).InitializeAsync();
        var api = await recording.NewUserAsync();

        await api.ChatAsync(Message);
        recording.Flush();

        Assert.Contains(recording.SpansOfChat(api.UserId), span => span.DisplayName.StartsWith("chat", StringComparison.Ordinal)
            && span.TagObjects.Any(tag => tag.Value?.ToString()?.Contains("oat milk", StringComparison.OrdinalIgnoreCase) == true));
    }

    public sealed record MetricPoint(string Meter, string Name, IReadOnlyDictionary<string, string?> Tags);

    public sealed class ContentRecordingChatApi : RecordingChatApi
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Llm:RecordMessageContent", "true")];
    }

    public class RecordingChatApi : ChatApiFactory
    {
        private readonly List<Activity> spans = [];
        private readonly List<MetricSnapshot> metrics = [];

        public IReadOnlyList<Activity> Spans
        {
            get
            {
                lock (spans)
                {
                    return [.. spans];
                }
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new LockedExporter(spans))))
                .WithMetrics(metering => metering.AddInMemoryExporter(metrics)));
        }

        /// <summary>
        /// The spans of one user's chat request. Every host in the test process feeds every tracer provider, so a
        /// test looks only at the trace its own request started.
        /// </summary>
        public List<Activity> SpansOfChat(string userId)
        {
            var all = Spans;
            var request = Assert.Single(all, span => span.DisplayName == "POST " + ChatRoute && span.GetTagItem("url.path") as string == $"/api/{userId}/chat");
            return [.. all.Where(span => span.TraceId == request.TraceId)];
        }

        public void Flush()
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush();
            Services.GetRequiredService<MeterProvider>().ForceFlush();
        }

        public List<MetricPoint> MetricPoints()
        {
            var points = new List<MetricPoint>();
            lock (metrics)
            {
                foreach (var metric in metrics)
                {
                    foreach (var point in metric.MetricPoints)
                    {
                        var tags = new Dictionary<string, string?>();
                        foreach (var tag in point.Tags)
                        {
                            tags[tag.Key] = tag.Value?.ToString();
                        }
                        points.Add(new MetricPoint(metric.MeterName, metric.Name, tags));
                    }
                }
            }
            return points;
        }

        // Spans end on request threads while a test reads them.
        private sealed class LockedExporter(List<Activity> target) : BaseExporter<Activity>
        {
            public override ExportResult Export(in Batch<Activity> batch)
            {
                lock (target)
                {
                    foreach (var activity in batch)
                    {
                        target.Add(activity);
                    }
                }
                return ExportResult.Success;
            }
        }
    }
}
