namespace Plannior.Contracts;

/// <summary>The limits of shared/API.md, written once for every side that checks them.</summary>
public static class Limits
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 2000;
    public const int MessageLength = 4000;
    public const int TagCount = 10;
    public const int TagLength = 32;
    public const int BatchTaskIds = 50;

    public const int MinPageSize = 1;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;

    public const int PasswordMinLength = 8;
    public const int SnoozeMaxMinutes = 1440;
}
