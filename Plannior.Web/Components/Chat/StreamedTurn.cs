using Plannior.Web.Services;

namespace Plannior.Web.Components.Chat;

/// <summary>What one stream event meant for the page, beyond the bubbles it changed.</summary>
public readonly record struct TurnUpdate(Guid? ConversationStarted = null, bool TasksChanged = false, string? Failure = null);

/// <summary>
/// One chat turn as its events arrive: the user's line and the assistant's growing reply. Pure state, so the
/// rules (which card a result finishes, what a replayed turn brings) are the same wherever the stream is read.
/// </summary>
public sealed class StreamedTurn(ChatLine mine, ChatLine reply)
{
    public ChatLine Mine { get; } = mine;

    public ChatLine Reply { get; } = reply;

    public TurnUpdate Apply(ChatStreamEvent streamEvent)
    {
        switch (streamEvent)
        {
            case ConversationEvent started:
                return new TurnUpdate(ConversationStarted: started.ConversationId);
            case DeltaEvent delta:
                Reply.Content += delta.Text;
                return default;
            case ToolCallEvent call:
                Reply.Cards.Add(new ToolCard(call.Name, call.Arguments));
                return default;
            case ToolResultEvent result:
                var card = Reply.Cards.FirstOrDefault(c => !c.Finished && c.Name == result.Name)
                    ?? Reply.Cards.FirstOrDefault(c => !c.Finished);
                if (card is null)
                {
                    card = new ToolCard(result.Name, null);
                    Reply.Cards.Add(card);
                }
                card.Finish(result.Result);
                return new TurnUpdate(TasksChanged: ToolNames.ChangesTasks(card.Name));
            case DoneEvent done:
                Mine.State = ChatLineState.Sent;
                Mine.Language = done.Language;
                Reply.Content = done.Response;
                Reply.Language = done.Language;
                Reply.State = ChatLineState.Sent;
                // a replayed turn (same client_message_id) arrives with its tool calls only here
                if (Reply.Cards.Count == 0 && done.ToolCalls is { Count: > 0 } calls)
                {
                    Reply.Cards.AddRange(calls.Select(ToolCard.From));
                    return new TurnUpdate(TasksChanged: true);
                }
                return default;
            case ErrorEvent failed:
                return new TurnUpdate(Failure: ProblemText.Verbatim(failed.Problem.Detail) ?? ProblemText.Verbatim(failed.Problem.Title) ?? SharedResource.Text("Chat_AssistantFailed"));
            default:
                return default;
        }
    }

    /// <summary>Stop: the server keeps what was produced, and so does the page.</summary>
    public void Stopped()
    {
        Mine.State = ChatLineState.Sent;
        Reply.State = ChatLineState.Stopped;
    }

    public void Failed(string failure)
    {
        Mine.State = ChatLineState.Failed;
        Mine.Error = failure;
        Reply.State = ChatLineState.Stopped;
    }

    /// <summary>The stream ended without its done event: what arrived is what there is.</summary>
    public void Ended()
    {
        if (Reply.State == ChatLineState.Streaming)
        {
            Stopped();
        }
    }

    public bool ReplyIsEmpty => Reply.Content.Length == 0 && Reply.Cards.Count == 0;
}
