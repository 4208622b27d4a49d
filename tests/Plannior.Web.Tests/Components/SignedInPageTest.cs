using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Plannior.Web.Tests.Components;

/// <summary>
/// A signed-in page, or a part of the layout, with Sara's session in the authentication state, in the culture the
/// test picks.
/// </summary>
public abstract class SignedInPageTest : ComponentTest
{
    private readonly (CultureInfo, CultureInfo) _previousCulture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    protected SignedInPageTest()
    {
        UseCulture("en");
    }

    /// <summary>Renders <typeparamref name="TComponent"/> as the router would, inside Sara's authentication state.</summary>
    protected IRenderedComponent<TComponent> RenderSignedIn<TComponent>() where TComponent : IComponent =>
        Render<TComponent>(parameters => parameters.AddCascadingValue(
            Task.FromResult(new AuthenticationState(SignedIn.Session.ToPrincipal()))));

    protected static void UseCulture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    protected override void Dispose(bool disposing)
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _previousCulture;
        base.Dispose(disposing);
    }
}
