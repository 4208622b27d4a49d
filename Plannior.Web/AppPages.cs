namespace Plannior.Web;

/// <summary>
/// Names the strings of the dashboard, settings and reminders: Resources/AppPages.resx (English) and
/// AppPages.ur.resx (Urdu).
/// </summary>
public sealed class AppPages;
