using Plannior.AppHost;
using Plannior.AppHost.Postgres;
using Plannior.AppHost.Redis;

var builder = DistributedApplication.CreateBuilder(args);

if (!SharedStateExtensions.TryReadReplicas(builder.Configuration[SharedStateExtensions.ReplicasSetting], out var replicas, out var problem))
{
    Console.Error.WriteLine(problem);
    return 1;
}

// Container when Docker/Podman answers, else the machine's PostgreSQL binaries; neither: say what to install.
if (!builder.TryAddPlanniorDatabase(out var database, out problem))
{
    Console.Error.WriteLine(problem);
    return 1;
}

// Redis when replicas must share state (more than one, or published); found the same way as PostgreSQL.
if (!builder.TryAddSharedState(replicas, out var redis, out problem))
{
    Console.Error.WriteLine(problem);
    return 1;
}

var jwtSecret = builder.AddJwtSecret();

// chat-api applies the EF migrations before it reports healthy, so waiting for it means the schema is there;
// with several replicas one applies them under an advisory lock while the others wait.
var chatApi = builder.AddProject<Projects.Plannior_ChatApi>("chat-api")
    .WithReference(database).WaitFor(database)
    .WithEnvironment("JWT_SECRET", jwtSecret)
    .WithOpenRouterApiKey()
    .WithReplicas(replicas)
    .WithHealthProbes();

var gateway = builder.AddProject<Projects.Plannior_Gateway>("gateway")
    .WithReference(chatApi).WaitFor(chatApi)
    .WithSharedState(redis)
    .WithEnvironment("JWT_SECRET", jwtSecret)
    .WithReplicas(replicas)
    .WithHealthProbes()
    .WithExternalHttpEndpoints();
var web = builder.AddProject<Projects.Plannior_Web>("web")
    .WithReference(gateway).WaitFor(gateway)
    .WithSharedState(redis)
    .WithReplicas(replicas)
    .WithHealthProbes()
    .WithExternalHttpEndpoints();

// The browser's origin is wherever web is served: plain HTTP on this machine, its HTTPS address when deployed.
gateway.WithEnvironment("ALLOWED_ORIGINS", web.GetEndpoint(builder.ExecutionContext.IsRunMode ? "http" : "https"));
if (builder.ExecutionContext.IsRunMode)
{
    // web calls the gateway from loopback on behalf of browsers, so its X-Forwarded-For is believed and each
    // browser gets its own sign-in rate-limit bucket.
    gateway.WithEnvironment("TRUSTED_PROXIES", "127.0.0.1,::1");
}

builder.Build().Run();
return 0;
