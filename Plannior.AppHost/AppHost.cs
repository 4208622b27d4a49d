using Plannior.AppHost;
using Plannior.AppHost.Redis;

var builder = DistributedApplication.CreateBuilder(args);

// Neither a container runtime nor the local binaries, or a bad replica count: one message, not a hang.
if (!builder.TryAddBackingServices(out var backing, out var problem))
{
    Console.Error.WriteLine(problem);
    return 1;
}

var jwtSecret = builder.AddJwtSecret();

// chat-api applies the EF migrations before it reports healthy, so waiting for it means the schema is there;
// with several replicas one applies them under an advisory lock while the others wait.
var chatApi = builder.AddProject<Projects.Plannior_ChatApi>("chat-api")
    .WithReference(backing.Database).WaitFor(backing.Database)
    .WithEnvironment("JWT_SECRET", jwtSecret)
    .WithOpenRouterApiKey()
    .WithReplicas(backing.Replicas)
    .WithHealthProbes();

var gateway = builder.AddProject<Projects.Plannior_Gateway>("gateway")
    .WithReference(chatApi).WaitFor(chatApi)
    .WithSharedState(backing.Redis)
    .WithEnvironment("JWT_SECRET", jwtSecret)
    .WithReplicas(backing.Replicas)
    .WithHealthProbes()
    .WithExternalHttpEndpoints();

var web = builder.AddProject<Projects.Plannior_Web>("web")
    .WithReference(gateway).WaitFor(gateway)
    .WithSharedState(backing.Redis)
    .WithReplicas(backing.Replicas)
    .WithHealthProbes()
    .WithExternalHttpEndpoints();

gateway.WithBrowsersFrom(web, builder.ExecutionContext);

builder.Build().Run();
return 0;
