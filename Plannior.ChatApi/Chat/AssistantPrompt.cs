using System.Globalization;
using Plannior.ChatApi.Chat.Language;
using Plannior.ChatApi.Chat.Offline;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Chat;

/// <summary>The system prompt and the per-request context every provider (online or offline) receives.</summary>
public static class AssistantPrompt
{
    public static string Build(UserClock clock, string language, string? summary)
    {
        var local = new DateTimeOffset(clock.LocalNow, clock.Zone.GetUtcOffset(clock.UtcNow));
        var prompt = $"""
            You are Plannior, a friendly assistant that manages the user's to-do tasks through tools.
            - Use the tools for every change; never claim to have changed a task without calling a tool.
            - To act on a task named by its title ("the groceries one"), call list_tasks with a query first and use the id it returns. Never invent ids.
            - Confirm what you did in one or two short, friendly sentences. If a tool returns an error, explain it simply and suggest what to do.
            - If a request is unclear, ask one short question. You only help with tasks.
            - Before acting on more than one task, or deleting a task you found by its name, list the tasks and ask the user to confirm; act only on a yes. Send several tasks at once as task_ids.
            - When the user asks to undo, call undo_last_change.
            - The user's current date and time: {local.ToString("dddd d MMMM yyyy HH:mm", CultureInfo.InvariantCulture)} ({clock.Zone.Id}, UTC{local:zzz}). Read "today", "tomorrow", "next friday" in this zone and send due_at as ISO 8601 with this offset ({local:yyyy-MM-dd'T'HH:mm:sszzz}).
            - Recurring tasks take an RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1.
            {(language == LanguageDetector.Urdu
                ? "- Reply in Urdu, in Urdu script (اردو), even if the user wrote Roman Urdu. Keep task titles as the user wrote them."
                : "- Reply in English.")}
            """;
        return summary is null ? prompt : $"{prompt}\n\nEarlier in this conversation (summary):\n{summary}";
    }

    public static Microsoft.Extensions.AI.AdditionalPropertiesDictionary Context(UserClock clock, string language) => new()
    {
        [OfflineAssistantContext.NowKey] = new DateTimeOffset(clock.LocalNow, clock.Zone.GetUtcOffset(clock.UtcNow)),
        [OfflineAssistantContext.TimeZoneKey] = clock.Zone.Id,
        [OfflineAssistantContext.LanguageKey] = language,
    };
}
