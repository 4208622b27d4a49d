using Plannior.Web.Services;

namespace Plannior.Web.Components.Chat;

public enum ChatLineState { Sent, Pending, Failed }

/// <summary>One bubble of the conversation as the page shows it.</summary>
public sealed record ChatLine(
    Guid Key,
    string Role,
    string Content,
    IReadOnlyList<ToolCall>? ToolCalls = null,
    string? Language = null,
    ChatLineState State = ChatLineState.Sent)
{
    public bool IsUser => Role == "user";

    public static ChatLine From(ChatMessage message) =>
        new(message.Id, message.Role, message.Content, message.ToolCalls);
}
