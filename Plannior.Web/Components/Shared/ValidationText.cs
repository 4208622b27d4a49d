namespace Plannior.Web.Components.Shared;

/// <summary>
/// The forms' validation messages, for DataAnnotations' <c>ErrorMessageResourceType</c>: each property reads the
/// shared resources in the circuit's language, so a message is shown in Urdu when the UI is.
/// </summary>
public static class ValidationText
{
    public static string EmailRequired => SharedResource.Text("Validation_EmailRequired");
    public static string EmailInvalid => SharedResource.Text("Validation_EmailInvalid");
    public static string EmailTooLong => SharedResource.Text("Validation_EmailTooLong");
    public static string PasswordRequired => SharedResource.Text("Validation_PasswordRequired");
    public static string PasswordChoose => SharedResource.Text("Validation_PasswordChoose");
    public static string PasswordLength => SharedResource.Text("Validation_PasswordLength");
    public static string NameTooLong => SharedResource.Text("Validation_NameTooLong");
    public static string TitleRequired => SharedResource.Text("Validation_TitleRequired");
    public static string TitleTooLong => SharedResource.Text("Validation_TitleTooLong");
    public static string DescriptionTooLong => SharedResource.Text("Validation_DescriptionTooLong");
}
