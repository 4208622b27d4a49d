namespace Plannior.ChatApi.Data;

/// <summary>
/// One tool call of a chat turn and its result, stored as the call completes, before the model is asked again.
/// A retry of the same user message (its <c>client_message_id</c>) replays these instead of running the tools again.
/// </summary>
public sealed class RecordedToolCall
{
    public long Id { get; init; }
    /// <summary>The user message whose turn made the call.</summary>
    public Guid MessageId { get; init; }
    /// <summary>Call order within the turn, across attempts.</summary>
    public int Sequence { get; init; }
    public required string Name { get; init; }
    public required string Arguments { get; init; }
    /// <summary>Null while the call runs; still null after, if the database went away before its result was stored.</summary>
    public string? Result { get; set; }
    /// <summary>The user's latest task change when the call began: what it changed, if its result is missing, comes after.</summary>
    public long ChangesBefore { get; init; }
    public DateTime CreatedAt { get; init; }
}
