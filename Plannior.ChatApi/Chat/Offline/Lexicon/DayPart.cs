namespace Plannior.ChatApi.Chat.Offline;

internal enum DayPart
{
    Morning,
    Afternoon,
    Evening,
    Night,
}
