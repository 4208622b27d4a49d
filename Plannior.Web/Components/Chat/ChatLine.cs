namespace Plannior.Web.Components.Chat;

public enum ChatLineState { Sent, Pending, Streaming, Stopped, Failed }

/// <summary>
/// One bubble of the conversation as the page shows it. An assistant line grows while its reply streams in,
/// so it is mutable; a failed user line keeps the request that Retry sends again.
/// </summary>
public sealed class ChatLine(Guid key, string role, string content)
{
    public Guid Key { get; } = key;

    public string Role { get; } = role;

    public string Content { get; set; } = content;

    public List<ToolCard> Cards { get; init; } = [];

    public string? Language { get; set; }

    public ChatLineState State { get; set; } = ChatLineState.Sent;

    /// <summary>Why a user's message got no answer, shown with Retry.</summary>
    public string? Error { get; set; }

    /// <summary>The request a failed message was sent with; Retry repeats it, same client_message_id and all.</summary>
    public ChatRequest? Request { get; set; }

    public bool IsUser => Role == ChatRoles.User;

    public static ChatLine From(ChatMessage message) =>
        new(message.Id, message.Role, message.Content)
        {
            Cards = message.ToolCalls?.Select(ToolCard.From).ToList() ?? [],
        };
}

/// <summary>One tool call of a reply: announced by <c>tool_call</c>, finished by its <c>tool_result</c>.</summary>
public sealed class ToolCard(string name, System.Text.Json.JsonElement? arguments)
{
    public Guid Key { get; } = Guid.NewGuid();

    public string Name { get; } = name;

    public System.Text.Json.JsonElement? Arguments { get; } = arguments;

    public System.Text.Json.JsonElement? Result { get; private set; }

    public bool Finished { get; private set; }

    public void Finish(System.Text.Json.JsonElement? result)
    {
        Result = result;
        Finished = true;
    }

    public static ToolCard From(ToolCall call)
    {
        var card = new ToolCard(call.Name, call.Arguments);
        card.Finish(call.Result);
        return card;
    }
}
