using Plannior.ChatApi.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Chat;

/// <summary>Conversations and messages in Postgres, always scoped to their owner.</summary>
public sealed class ConversationStore(PlanniorDbContext db, TimeProvider clock)
{
    private const int TitleLength = 60;

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public Task<Conversation?> FindAsync(Guid userId, Guid conversationId, CancellationToken cancellationToken) =>
        db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId && c.UserId == userId, cancellationToken);

    /// <summary>
    /// The user's conversation with the newest <paramref name="count"/> messages before the user message
    /// <paramref name="before"/> (oldest first) and how many there are in all, in one query. An interrupted reply
    /// to that message, stored after it, is not history: its turn is being retried. The conversation is tracked.
    /// </summary>
    public async Task<ConversationWindow?> FindWindowAsync(
        Guid userId, Guid conversationId, Guid before, int count, CancellationToken cancellationToken)
    {
        // One row per recent message (one with none for an empty conversation), through a LATERAL join that
        // walks the conversation's index; the count is uncorrelated, so the server computes it once.
        var rows = await (
            from c in db.Conversations.AsNoTracking().Where(c => c.Id == conversationId && c.UserId == userId)
            from m in db.Messages.AsNoTracking()
                .Where(m => m.ConversationId == c.Id && m.Id != before && m.ReplyToId != before)
                .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
                .Take(count)
                .DefaultIfEmpty()
            select new
            {
                Conversation = c,
                Message = m,
                Total = db.Messages.Count(x => x.ConversationId == conversationId && x.Id != before && x.ReplyToId != before),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        var conversation = rows[0].Conversation;
        // Read untracked with its messages (which are never changed), then tracked alone, so its changes save.
        db.Conversations.Attach(conversation);
        List<Data.ChatMessage> recent = [.. rows.Where(row => row.Message is not null).Select(row => row.Message!)];
        recent.Reverse();
        return new ConversationWindow(conversation, recent, rows[0].Total);
    }

    /// <summary>A new conversation, stored by the next save with its first message.</summary>
    public Conversation Create(Guid userId, string firstMessage, string language)
    {
        var now = UtcNow;
        var conversation = new Conversation
        {
            UserId = userId,
            Title = TitleFrom(firstMessage),
            LanguagePreference = language,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Conversations.Add(conversation);
        return conversation;
    }

    /// <summary>A message of the conversation, stored by the next save (with the conversation's changes).</summary>
    public Data.ChatMessage AddMessage(
        Conversation conversation, string role, string content, string language,
        string? clientMessageId = null, Guid? replyToId = null, string? toolCallMetadata = null, bool interrupted = false, Guid? id = null)
    {
        var now = UtcNow;
        var message = new Data.ChatMessage
        {
            Id = id ?? MonotonicGuid.Next(),
            ConversationId = conversation.Id,
            UserId = conversation.UserId,
            Role = role,
            Content = content,
            Language = language,
            ClientMessageId = clientMessageId,
            ReplyToId = replyToId,
            ToolCallMetadata = toolCallMetadata,
            Interrupted = interrupted,
            CreatedAt = now,
        };
        db.Messages.Add(message);
        conversation.UpdatedAt = now;
        conversation.LanguagePreference = language;
        return message;
    }

    public Task<Data.ChatMessage?> FindByClientIdAsync(Guid userId, string clientMessageId, CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking().SingleOrDefaultAsync(
            m => m.UserId == userId && m.ClientMessageId == clientMessageId && m.Role == Data.ChatMessage.UserRole,
            cancellationToken);

    public Task<Data.ChatMessage?> FindReplyAsync(Guid userMessageId, CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.ReplyToId == userMessageId, cancellationToken);

    /// <summary>Completes (or, after another failure, extends) a reply an earlier attempt left interrupted.</summary>
    public async Task UpdateReplyAsync(
        Conversation conversation, Guid replyId, string content, string? toolCallMetadata, bool interrupted, CancellationToken cancellationToken)
    {
        await db.Messages.Where(m => m.Id == replyId).ExecuteUpdateAsync(message => message
            .SetProperty(m => m.Content, content)
            .SetProperty(m => m.ToolCallMetadata, toolCallMetadata)
            .SetProperty(m => m.Interrupted, interrupted), cancellationToken);
        conversation.UpdatedAt = UtcNow;
        await SaveAsync(cancellationToken);
    }

    /// <summary>The recorded tool calls of each of <paramref name="userMessageIds"/> that has any, in call order.</summary>
    public async Task<Dictionary<Guid, List<RecordedToolCall>>> RecordedToolCallsAsync(
        IReadOnlyCollection<Guid> userMessageIds, CancellationToken cancellationToken)
    {
        if (userMessageIds.Count == 0)
        {
            return [];
        }
        var calls = await db.ToolCallRecords.AsNoTracking()
            .Where(call => userMessageIds.Contains(call.MessageId) && call.Result != null)
            .OrderBy(call => call.MessageId).ThenBy(call => call.Sequence)
            .ToListAsync(cancellationToken);
        return calls.GroupBy(call => call.MessageId).ToDictionary(group => group.Key, group => group.ToList());
    }

    public Task<int> CountMessagesAsync(Guid conversationId, CancellationToken cancellationToken) =>
        db.Messages.CountAsync(m => m.ConversationId == conversationId, cancellationToken);

    /// <summary>Messages <paramref name="skip"/>..<paramref name="skip"/>+<paramref name="take"/> in order, oldest first.</summary>
    public Task<List<Data.ChatMessage>> MessageRangeAsync(Guid conversationId, int skip, int take, CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversationId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>Stores what the turn has added and changed so far.</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveAsOneBatchAsync(cancellationToken);

    /// <summary>The user's conversations, most recently active first; <paramref name="titleSearch"/> keeps those whose title contains it.</summary>
    public async Task<ConversationPage> ListAsync(
        Guid userId, string? titleSearch, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = db.Conversations.AsNoTracking().Where(c => c.UserId == userId);
        if (!string.IsNullOrWhiteSpace(titleSearch))
        {
            var pattern = LikePattern.Containing(titleSearch);
            query = query.Where(c => c.Title != null && EF.Functions.ILike(c.Title, pattern, LikePattern.Escape));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id)
            .Skip(offset).Take(limit)
            .Select(c => new ConversationSummary(c.Id, c.Title, c.LanguagePreference, c.CreatedAt, c.UpdatedAt, c.Messages.Count))
            .ToListAsync(cancellationToken);
        return new ConversationPage(items, total, limit, offset, offset + items.Count < total);
    }

    public async Task<HistoryPage?> HistoryAsync(Guid userId, Guid conversationId, int offset, int limit, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId && c.UserId == userId, cancellationToken))
        {
            return null;
        }
        var total = await CountMessagesAsync(conversationId, cancellationToken);
        var messages = await MessageRangeAsync(conversationId, offset, limit, cancellationToken);
        return new HistoryPage(
            [.. messages.Select(m => new HistoryMessage(m.Id, m.Role, m.Content, ToolCallMetadata.Deserialize(m.ToolCallMetadata), m.CreatedAt))],
            total, offset, limit, offset + messages.Count < total);
    }

    public async Task<ConversationSummary?> RenameAsync(Guid userId, Guid conversationId, string title, CancellationToken cancellationToken)
    {
        var conversation = await FindAsync(userId, conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }
        conversation.Title = title;
        conversation.UpdatedAt = UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        var count = await CountMessagesAsync(conversationId, cancellationToken);
        return new ConversationSummary(conversation.Id, conversation.Title, conversation.LanguagePreference,
            conversation.CreatedAt, conversation.UpdatedAt, count);
    }

    public async Task<bool> DeleteAsync(Guid userId, Guid conversationId, CancellationToken cancellationToken) =>
        await db.Conversations.Where(c => c.Id == conversationId && c.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>A short title from the first message: its first line, cut at a word boundary.</summary>
    public static string TitleFrom(string message)
    {
        var firstLine = message.Trim().Split('\n', 2)[0].Trim();
        if (firstLine.Length <= TitleLength)
        {
            return firstLine;
        }
        var cut = firstLine.LastIndexOf(' ', TitleLength);
        return string.Concat(firstLine.AsSpan(0, cut > TitleLength / 2 ? cut : TitleLength), "…");
    }
}

/// <summary>A conversation with its recent messages, oldest first, and how many messages precede the current one.</summary>
public sealed record ConversationWindow(Conversation Conversation, List<Data.ChatMessage> Recent, int Total)
{
    public static ConversationWindow Empty(Conversation conversation) => new(conversation, [], 0);
}

internal static class SingleBatchSave
{
    /// <summary>
    /// SaveChanges without EF's own transaction: a save of a few rows goes to PostgreSQL as one Npgsql batch, which
    /// the server runs as one implicit transaction (all of it or none), so the BEGIN/COMMIT round trip buys nothing.
    /// </summary>
    public static async Task SaveAsOneBatchAsync(this PlanniorDbContext db, CancellationToken cancellationToken)
    {
        var behavior = db.Database.AutoTransactionBehavior;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoTransactionBehavior = behavior;
        }
    }
}
