using System.Net;
using System.Text.Json;
using Bunit;
using Plannior.Web.Components.Tasks;

namespace Plannior.Web.Tests.Components;

public sealed class TaskEditorReminderTests : SignedInPageTest
{
    private static TaskItem Task(DateTimeOffset? remindAt) => new(
        3, "Call the bank", null, false, TaskPriority.Medium, [], null, remindAt, null,
        DateTimeOffset.Parse("2029-12-01T10:00:00Z"), DateTimeOffset.Parse("2029-12-01T10:00:00Z"), null);

    private (IRenderedComponent<TaskEditor> Cut, List<TaskEdit> Saved) RenderEditor(DateTimeOffset? remindAt)
    {
        var saved = new List<TaskEdit>();
        var cut = Render<TaskEditor>(p => p
            .Add(c => c.Task, Task(remindAt))
            .Add(c => c.TimeZone, Karachi)
            .Add(c => c.Save, edit => { saved.Add(edit); return System.Threading.Tasks.Task.FromResult<Plannior.Web.Services.ApiException?>(null); }));
        return (cut, saved);
    }

    [Theory]
    [InlineData("2030-01-10T17:00", "2030-01-10T12:00:00Z")]
    [InlineData("2030-01-11T00:30", "2030-01-10T19:30:00Z")]
    [InlineData("2030-06-01T09:05", "2030-06-01T04:05:00Z")]
    public void A_reminder_set_in_local_time_is_sent_as_the_utc_instant(string local, string utc)
    {
        var (cut, saved) = RenderEditor(null);

        cut.Find("[data-testid=edit-remind]").Change(local);
        cut.Find("[data-testid=task-editor]").Submit();

        var edit = Assert.Single(saved);
        Assert.Equal(DateTimeOffset.Parse(utc), edit.RemindAt);
        Assert.Contains($"\"remind_at\":\"{utc}\"", JsonSerializer.Serialize(edit, Plannior.Web.Services.PlanniorApiClient.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void An_emptied_reminder_is_cleared()
    {
        var (cut, saved) = RenderEditor(DateTimeOffset.Parse("2030-01-10T12:00:00Z"));

        Assert.Equal("2030-01-10T17:00:00", cut.Find("[data-testid=edit-remind]").GetAttribute("value"));
        cut.Find("[data-testid=edit-remind]").Change("");
        cut.Find("[data-testid=task-editor]").Submit();

        Assert.Null(Assert.Single(saved).RemindAt);
        Assert.Contains("\"remind_at\":null", JsonSerializer.Serialize(saved[0], Plannior.Web.Services.PlanniorApiClient.Json), StringComparison.Ordinal);
    }
}
