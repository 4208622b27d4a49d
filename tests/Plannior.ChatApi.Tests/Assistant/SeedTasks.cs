namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// The tasks every judged phrasing starts from (as of Saturday 28 November 2026, 10:00 Karachi): today's, an
/// overdue one, completed ones, tagged ones and two that repeat, each with a title no other shares.
/// </summary>
public static class SeedTasks
{
    public static readonly IReadOnlyList<object> All =
    [
        new { title = "Buy groceries", tags = new[] { "home" }, due_at = "2026-11-28T13:00:00Z" },
        new { title = "Dentist appointment", priority = "high", due_at = "2026-12-04T10:00:00Z" },
        new { title = "Pay electricity bill", tags = new[] { "bills" }, due_at = "2026-11-25T04:00:00Z", completed = true },
        new { title = "Call mom", priority = "low", due_at = "2026-11-27T12:00:00Z" },
        new { title = "Submit quarterly report", priority = "high", tags = new[] { "work" }, due_at = "2026-11-28T12:00:00Z" },
        new { title = "Renew passport", priority = "low", completed = true },
        new { title = "Water the plants", recurrence = "FREQ=DAILY", due_at = "2026-11-29T03:00:00Z" },
        new { title = "Team standup", tags = new[] { "work" }, recurrence = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", due_at = "2026-11-30T04:30:00Z" },
    ];
}
