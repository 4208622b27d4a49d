var builder = DistributedApplication.CreateBuilder(args);

var jwtSecret = builder.AddParameter("jwt-secret",
    new GenerateParameterDefault { MinLength = 64, Special = false }, secret: true, persist: true);

var postgres = builder.AddPostgres("postgres");
var database = postgres.AddDatabase("plannior");

var chatApi = builder.AddProject<Projects.Plannior_ChatApi>("chat-api")
    .WithReference(database).WaitFor(database)
    .WithEnvironment("JWT_SECRET", jwtSecret)
    .WithHttpHealthCheck("/health");

var gateway = builder.AddProject<Projects.Plannior_Gateway>("gateway")
    .WithReference(chatApi).WaitFor(chatApi)
    .WithEnvironment("JWT_SECRET", jwtSecret)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.AddProject<Projects.Plannior_Web>("web")
    .WithReference(gateway).WaitFor(gateway)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
