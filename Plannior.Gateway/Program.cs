using Plannior.Gateway.Cors;
using Plannior.Gateway.Extensions;
using Plannior.Gateway.Health;
using Plannior.Gateway.RateLimiting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEdgeHardening();
builder.AddGatewayCors();
builder.AddGatewayRateLimiting();
builder.AddGatewayProxy();
builder.AddChatApiHealthCheck();
if (builder.IsConfigurationCheck()) return builder.CheckConfiguration();

var app = builder.Build();

app.UseGatewayEdge();
app.MapDefaultEndpoints("Plannior Gateway");
app.MapGatewayProxy();

app.Run();
return 0;
