using Plannior.Contracts;

namespace Plannior.ChatApi.Data;

// The values are Plannior.Contracts' Limits, written once for the Web and ChatApi; these name them for ChatApi.

public static class AccountLimits
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 100;
    public const int PasswordMinLength = Limits.PasswordMinLength;
    public const int PasswordMaxLength = 128;
}

public static class TaskLimits
{
    public const int TitleMaxLength = Limits.TitleLength;
    public const int DescriptionMaxLength = Limits.DescriptionLength;
    public const int MaxTags = Limits.TagCount;
    public const int TagMaxLength = Limits.TagLength;
    public const int RecurrenceMaxLength = 500;
    public const int MaxPageSize = Limits.MaxPageSize;
    public const int DefaultPageSize = Limits.DefaultPageSize;
}

public static class ConversationLimits
{
    public const int TitleMaxLength = 200;
    public const int MessageMaxLength = Limits.MessageLength;
    public const int ClientMessageIdMaxLength = 100;
}

public static class ReminderLimits
{
    public const int MinSnoozeMinutes = 1;
    public const int MaxSnoozeMinutes = 1440;
}
