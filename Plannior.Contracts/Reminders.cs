namespace Plannior.Contracts;

/// <summary>One item of <c>GET /api/{user_id}/reminders</c>: a pending task whose reminder is due in the window.</summary>
public sealed record Reminder(int TaskId, string Title, DateTimeOffset RemindAt, DateTimeOffset? DueAt);

public sealed record ReminderList(IReadOnlyList<Reminder> Items);

/// <summary><c>POST /api/{user_id}/tasks/{id}/snooze</c>: the reminder moves to now + <see cref="Minutes"/> (1–1440).</summary>
public sealed record Snooze(int Minutes);
