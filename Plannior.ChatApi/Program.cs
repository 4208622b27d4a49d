using Plannior.ChatApi.Apis;
using Plannior.ChatApi.Chat.Mcp;
using Plannior.ChatApi.Extensions;
using Plannior.ChatApi.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
if (builder.IsConfigurationCheck()) return builder.CheckConfiguration();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints("Plannior ChatApi");
app.MapPlanniorOpenApi();
app.MapAccountsApi();
var userScope = app.MapUserScope();
userScope.MapTasksApi();
userScope.MapRemindersApi();
userScope.MapChangesApi();
userScope.MapAssistantApi();
userScope.MapConversationsApi();
app.MapTaskMcpServer();

app.Run();
return 0;

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
