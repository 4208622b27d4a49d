using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>More history than one page holds: older messages load on scrolling up, and search reaches every conversation.</summary>
[Collection(PlanniorAppCollection.Name)]
public sealed partial class LongHistoryTests(PlanniorAppFixture system)
{
    // the workspace lists this many conversations and reads history in pages of 30 (ChatPane)
    private const int ListedConversations = 100;
    private const int Turns = 35;

    [Fact]
    public async Task Scrolling_up_a_long_conversation_loads_its_older_messages_down_to_the_first()
    {
        var email = Ui.NewEmail("layla");
        await using var seeder = await Seeder.SignUpAsync(system, email);
        Guid? conversation = null;
        for (var turn = 1; turn <= Turns; turn++)
        {
            conversation = await seeder.ChatAsync($"hello there, message {turn:00}", conversation);
        }

        var page = await system.NewPageAsync();
        await Ui.SignInAsync(page, email);
        await page.GotoAsync($"/chat/{conversation}");
        await Ui.WaitInteractiveAsync(page, "workspace");
        var mine = page.GetByTestId("chat-message-user");
        await Expect(mine.Last).ToHaveTextAsync(new Regex($"message {Turns}"));
        // 70 messages, one page of 30 shown: the first turns are not on the page yet
        Assert.Equal(15, await mine.CountAsync());

        // the user scrolls to the top, again and again, until nothing older is left
        var log = page.GetByTestId("chat-log");
        var first = mine.Filter(new LocatorFilterOptions { HasTextRegex = new Regex("message 01") });
        for (var attempt = 0; attempt < 10 && await first.CountAsync() == 0; attempt++)
        {
            var before = await mine.CountAsync();
            await log.HoverAsync();
            await page.Mouse.WheelAsync(0, -20_000);
            await Expect(mine).Not.ToHaveCountAsync(before);
        }

        await Expect(first).ToHaveCountAsync(1);
        await Expect(mine).ToHaveCountAsync(Turns);
        await Expect(page.GetByTestId("load-older")).ToHaveCountAsync(0);
        // oldest first, every turn once
        var texts = await mine.AllTextContentsAsync();
        Assert.Equal(Enumerable.Range(1, Turns).Select(turn => $"message {turn:00}"),
            texts.Select(text => MessageNumber().Match(text).Value));
    }

    [Fact]
    public async Task Searching_conversations_finds_one_older_than_the_listed_hundred()
    {
        var email = Ui.NewEmail("yusuf");
        await using var seeder = await Seeder.SignUpAsync(system, email);
        await seeder.ChatAsync("renew my passport before March", null);
        for (var other = 1; other <= ListedConversations; other++)
        {
            await seeder.ChatAsync($"hello, chat number {other}", null);
        }

        var page = await system.NewPageAsync();
        await Ui.SignInAsync(page, email);
        await Ui.OpenWorkspaceAsync(page);
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(ListedConversations);
        await Expect(page.GetByTestId("conversation-title").Filter(new() { HasTextRegex = new Regex("passport", RegexOptions.IgnoreCase) }))
            .ToHaveCountAsync(0);

        await page.GetByTestId("conversation-search").FillAsync("PASSPORT");

        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("conversation-title")).ToHaveTextAsync(new Regex("passport", RegexOptions.IgnoreCase));
        await page.GetByTestId("conversation").ClickAsync();
        await Expect(page.GetByTestId("chat-message-user")).ToHaveTextAsync(new Regex("renew my passport before March"));

        await page.GetByTestId("conversation-search").FillAsync("");
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(ListedConversations);
    }

    [GeneratedRegex("message \\d\\d")]
    private static partial Regex MessageNumber();

    /// <summary>A user and their chat history made straight through ChatApi's own API.</summary>
    private sealed class Seeder(HttpClient http, string userId) : IAsyncDisposable
    {
        public static async Task<Seeder> SignUpAsync(PlanniorAppFixture system, string email)
        {
            var http = new HttpClient { BaseAddress = system.ChatApiUrl ?? throw new InvalidOperationException("These tests seed through the AppHost's chat-api.") };
            var signup = await http.PostAsJsonAsync("/api/auth/signup", new { email, password = Ui.Password, name = "Seeded" });
            signup.EnsureSuccessStatusCode();
            var auth = (await signup.Content.ReadFromJsonAsync<JsonObject>())!;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)auth["token"]!);
            return new Seeder(http, (string)auth["user_id"]!);
        }

        public async Task<Guid> ChatAsync(string message, Guid? conversationId)
        {
            var response = await http.PostAsJsonAsync($"/api/{userId}/chat", new { message, conversation_id = conversationId });
            response.EnsureSuccessStatusCode();
            var reply = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return Guid.Parse((string)reply["conversation_id"]!);
        }

        public ValueTask DisposeAsync()
        {
            http.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
