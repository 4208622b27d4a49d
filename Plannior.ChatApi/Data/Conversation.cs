namespace Plannior.ChatApi.Data;

public sealed class Conversation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public string? Title { get; set; }
    public string LanguagePreference { get; set; } = "en";
    /// <summary>A compact summary of the messages older than the history window sent to the model.</summary>
    public string? Summary { get; set; }
    /// <summary>How many of the oldest messages <see cref="Summary"/> covers.</summary>
    public int SummarizedMessageCount { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public List<ChatMessage> Messages { get; init; } = [];
}
