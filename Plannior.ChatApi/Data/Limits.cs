namespace Plannior.ChatApi.Data;

public static class AccountLimits
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 100;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
}

public static class TaskLimits
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int MaxTags = 10;
    public const int TagMaxLength = 32;
    public const int RecurrenceMaxLength = 500;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;
}

public static class ConversationLimits
{
    public const int TitleMaxLength = 200;
    public const int MessageMaxLength = 4000;
    public const int ClientMessageIdMaxLength = 100;
}

public static class ReminderLimits
{
    public const int MinSnoozeMinutes = 1;
    public const int MaxSnoozeMinutes = 1440;
}
