using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// ChatApi's own meter, what an operator alerts on besides the framework's: how long a chat turn takes and how
/// task tools fare. Exported with everything else by ServiceDefaults, which adds the meter named after the service.
/// </summary>
public sealed class ChatMetrics
{
    public const string MeterName = "Plannior.ChatApi";
    public const string TurnDuration = "plannior.chat.turn.duration";
    public const string ToolCalls = "plannior.chat.tool_calls";

    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> toolCalls;

    public ChatMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        turnDuration = meter.CreateHistogram<double>(TurnDuration, "s",
            "One chat request, from its arrival to its reply or the end of its stream, tools and LLM calls included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120] });
        toolCalls = meter.CreateCounter<long>(ToolCalls, "{call}", "Task tool calls made by the assistant, by tool and outcome.");
    }

    /// <summary>Records a turn: <paramref name="mode"/> is reply or stream; outcome ok, rejected (4xx) or error.</summary>
    public void RecordTurn(TimeSpan elapsed, string mode, string outcome) =>
        turnDuration.Record(elapsed.TotalSeconds, new("mode", mode), new("outcome", outcome));

    public void RecordToolCall(string tool, string outcome) => toolCalls.Add(1, new("tool", tool), new("outcome", outcome));

    /// <summary>
    /// The function invoker of the assistant's pipeline: calls the tool as the default invoker does and counts the
    /// call. A tool reports a failure as a result carrying <c>error</c>, for the model to explain, not as an exception.
    /// </summary>
    public async ValueTask<object?> InvokeToolAsync(FunctionInvocationContext context, CancellationToken cancellationToken)
    {
        try
        {
            var result = await context.Function.InvokeAsync(context.Arguments, cancellationToken);
            RecordToolCall(context.Function.Name, result is JsonElement { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("error", out _) ? "error" : "ok");
            return result;
        }
        catch (Exception)
        {
            RecordToolCall(context.Function.Name, "exception");
            throw;
        }
    }
}

/// <summary>Times every chat request (reply and stream) for <see cref="ChatMetrics.TurnDuration"/>.</summary>
internal sealed class ChatTurnMetricsFilter(ChatMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var mode = context.HttpContext.Request.Path.Value?.EndsWith("/stream", StringComparison.OrdinalIgnoreCase) == true ? "stream" : "reply";
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await next(context);
            // The stream handler writes its events itself, so when it returns the turn is over.
            var status = (result as INestedHttpResult)?.Result is IStatusCodeHttpResult nested ? nested.StatusCode
                : (result as IStatusCodeHttpResult)?.StatusCode ?? context.HttpContext.Response.StatusCode;
            metrics.RecordTurn(Stopwatch.GetElapsedTime(started), mode, status switch { >= 500 => "error", >= 400 => "rejected", _ => "ok" });
            return result;
        }
        catch (Exception)
        {
            metrics.RecordTurn(Stopwatch.GetElapsedTime(started), mode, "error");
            throw;
        }
    }
}
