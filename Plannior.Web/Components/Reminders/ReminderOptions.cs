using System.ComponentModel.DataAnnotations;

namespace Plannior.Web.Components.Reminders;

/// <summary>How the open app keeps its reminders current.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>
    /// The longest the page waits before reading the reminders again, so one set elsewhere (the task editor, the
    /// assistant, another device) or a clock that jumped (a laptop waking up) is noticed within it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(1);
}
