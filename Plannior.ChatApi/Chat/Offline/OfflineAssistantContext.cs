namespace Plannior.ChatApi.Chat.Offline;

/// <summary>
/// Keys the chat pipeline puts in <c>ChatOptions.AdditionalProperties</c> so the offline assistant
/// sees the user's clock, time zone and reply language.
/// </summary>
public static class OfflineAssistantContext
{
    /// <summary>The user's current local time: a <see cref="DateTimeOffset"/> or an ISO 8601 string.</summary>
    public const string NowKey = "plannior.now";

    /// <summary>The user's IANA time zone id, e.g. "Asia/Karachi".</summary>
    public const string TimeZoneKey = "plannior.time_zone";

    /// <summary>The reply language chosen by the pipeline: "en" or "ur".</summary>
    public const string LanguageKey = "plannior.language";

    /// <summary>The model id the offline assistant reports in its responses.</summary>
    public const string ModelId = "plannior-offline";
}
