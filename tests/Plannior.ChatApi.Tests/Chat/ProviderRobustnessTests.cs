using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>A model misbehaving (bad arguments, unknown tools, endless tool calls) never becomes a 500 or a stray change.</summary>
public sealed class ProviderRobustnessTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ProviderRobustnessTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task Malformed_arguments_and_unknown_tools_come_back_to_the_model_as_errors()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(
            ScriptedReply.Calls(new ScriptedToolCall("add_task", """{"title": "Half a JSON"""), ScriptedToolCall.Of("drop_database", new { })),
            ScriptedReply.Text("Sorry, something went wrong with that."));

        var response = await api.SendChatAsync("add something");

        response.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Sorry, something went wrong with that.", response.Body!.Str("response"));
        Assert.Equal(["add_task", "drop_database"], response.Body!.ToolCalls().Select(call => call!.Str("name")));
        Assert.Equal(0, (await api.ListTasksAsync()).Int("total_count"));
        var results = Model.Requests[1].Transcript.Where(message => message.Role == "tool").ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.Contains("rror", result.Text));
    }

    [Fact]
    public async Task A_model_that_keeps_calling_tools_must_answer_after_the_last_round()
    {
        var api = await factory.NewUserAsync();
        for (var round = 0; round < 5; round++)
        {
            Model.Enqueue(ScriptedReply.Call("list_tasks", new { status = "pending" }));
        }
        Model.Enqueue(ScriptedReply.Text("You have nothing pending."));

        var reply = await api.ChatAsync("check again and again");

        // Llm:MaxToolRounds (5) rounds of tools, then one last request that offers no tools.
        Assert.Equal(5, reply.ToolCalls().Count);
        Assert.All(reply.ToolCalls(), call => Assert.NotNull(call!["result"]));
        Assert.Equal("You have nothing pending.", reply.Str("response"));
        Assert.Equal(6, Model.Requests.Count);
        Assert.Empty(Model.Requests[^1].ToolNames);
    }

    [Theory]
    [InlineData("ur", null, "ur")]
    [InlineData(null, "ur", "ur")]
    [InlineData("en", "ur", "en")]
    [InlineData(null, null, "en")]
    public async Task The_reply_language_follows_the_hint_then_the_profile(string? hint, string? preference, string expected)
    {
        var api = await factory.NewUserAsync();
        if (preference is not null)
        {
            (await api.PatchAsync("/api/auth/me", new { language_preference = preference })).AssertStatus(HttpStatusCode.OK);
        }
        Model.Enqueue(ScriptedReply.Text("ok"));

        var reply = await api.ChatAsync("show my tasks", languageHint: hint);

        Assert.Equal(expected, reply.Str("language"));
        Assert.Contains(expected == "ur" ? "Reply in Urdu" : "Reply in English", Model.Requests.Single().SystemPrompt);
    }
}
