using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Tasks;

/// <summary>
/// Who is changing tasks in this request scope, written into every change record: the REST API unless the
/// assistant (with its conversation) or the MCP server says otherwise.
/// </summary>
public sealed class ChangeContext
{
    public ChangeSource Source { get; private set; } = ChangeSource.Api;

    public Guid? ConversationId { get; private set; }

    public void ActAsAssistant(Guid conversationId) => (Source, ConversationId) = (ChangeSource.Chat, conversationId);

    public void ActAsMcp() => (Source, ConversationId) = (ChangeSource.Mcp, null);
}
