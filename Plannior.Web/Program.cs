using Plannior.Web.Auth;
using Plannior.Web.Components;
using Plannior.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebServices();
builder.AddSharedSessions();
if (builder.IsConfigurationCheck()) return builder.CheckConfiguration();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UsePlanniorLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapDefaultEndpoints("Plannior Web");
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapSettingsEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
return 0;
