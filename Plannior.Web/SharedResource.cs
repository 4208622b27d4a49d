namespace Plannior.Web;

/// <summary>Names the UI strings, Resources/SharedResource.resx (English) and SharedResource.ur.resx (Urdu).</summary>
public sealed class SharedResource;
