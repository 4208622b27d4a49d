using System.Text.Json;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>One tool call a scripted model makes: a function name and its JSON arguments.</summary>
public sealed record ScriptedToolCall(string Name, string ArgumentsJson)
{
    public static ScriptedToolCall Of(string name, object arguments) =>
        new(name, JsonSerializer.Serialize(arguments, ApiClient.Json));
}

/// <summary>
/// What <see cref="ScriptedOpenAiServer"/> answers to one <c>POST /chat/completions</c>: text, tool calls, an HTTP
/// error, or a hang until the caller gives up. The same reply serves a streaming or a non-streaming request.
/// </summary>
public sealed record ScriptedReply
{
    /// <summary>The assistant's text, sent as one content delta per part when streaming.</summary>
    public IReadOnlyList<string> TextParts { get; init; } = [];

    public IReadOnlyList<ScriptedToolCall> ToolCalls { get; init; } = [];

    /// <summary>An HTTP error status to answer with instead of a completion.</summary>
    public int? ErrorStatus { get; init; }

    /// <summary>A 200 whose body is this text instead of a completion (a provider answering garbage).</summary>
    public string? RawBody { get; init; }

    /// <summary>Never answer; wait until the caller aborts the request (a provider timeout).</summary>
    public bool Hangs { get; init; }

    /// <summary>Hold the whole reply until this completes (or the caller aborts).</summary>
    public Task? HoldUntil { get; init; }

    /// <summary>When streaming: after this many text parts, wait for <see cref="ResumeWhen"/> before the rest.</summary>
    public int? PauseAfterParts { get; init; }

    public Task? ResumeWhen { get; init; }

    public static ScriptedReply Text(params string[] parts) => new() { TextParts = parts };

    public static ScriptedReply Call(string name, object arguments) => Calls(ScriptedToolCall.Of(name, arguments));

    public static ScriptedReply Calls(params ScriptedToolCall[] calls) => new() { ToolCalls = calls };

    public static ScriptedReply Error(int status) => new() { ErrorStatus = status };

    public static ScriptedReply Hang() => new() { Hangs = true };

    public static ScriptedReply Garbage(string body) => new() { RawBody = body };

    /// <summary>Streams <paramref name="parts"/>, then waits for <paramref name="resume"/> before finishing.</summary>
    public static ScriptedReply TextThenWait(Task resume, params string[] parts) =>
        new() { TextParts = parts, PauseAfterParts = parts.Length, ResumeWhen = resume };
}
