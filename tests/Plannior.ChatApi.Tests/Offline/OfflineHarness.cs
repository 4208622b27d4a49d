namespace Plannior.ChatApi.Tests.Offline;

using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Offline;

internal static class OfflineHarness
{
    // Saturday 28 November 2026, 10:00 in Karachi
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(5));

    public static ChatOptions Options(string? language = null, IList<AITool>? tools = null)
    {
        var options = new ChatOptions
        {
            Tools = tools,
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [OfflineAssistantContext.NowKey] = Now,
                [OfflineAssistantContext.TimeZoneKey] = "Asia/Karachi",
            },
        };
        if (language is not null)
        {
            options.AdditionalProperties[OfflineAssistantContext.LanguageKey] = language;
        }

        return options;
    }

    public static async Task<IReadOnlyList<FunctionCallContent>> FirstCalls(string text)
    {
        using var client = new OfflineChatClient();
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, text)], Options());
        return response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
    }
}
