using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Plannior.AppHost.Tests.Publish;

/// <summary>
/// What azd deploys from: the manifest <c>dotnet run --project Plannior.AppHost -- --publisher manifest</c> writes,
/// generated here by the built AppHost exactly so.
/// </summary>
public sealed class ManifestTests : IAsyncLifetime
{
    // Published as an operator scaling out would: every service as this many replicas.
    private const int Replicas = 3;

    private readonly string outputDirectory = Directory.CreateTempSubdirectory("plannior-manifest-").FullName;
    private JsonObject resources = null!;

    public async Task InitializeAsync()
    {
        var appHostDirectory = Path.Combine(RepositoryRoot(), "Plannior.AppHost");
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var assembly = Path.Combine(appHostDirectory, "bin", tfm.Parent!.Name, tfm.Name, "Plannior.AppHost.dll");
        var manifest = Path.Combine(outputDirectory, "aspire-manifest.json");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appHostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var variable in new[] { "OPENROUTER_API_KEY", "Parameters__openrouter-api-key", "JWT_SECRET" })
        {
            start.Environment.Remove(variable);
        }
        foreach (var arg in new[] { "exec", assembly, "--publisher", "manifest", "--output-path", manifest, "--Plannior:Replicas", Replicas.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cap = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cap.Token);
        Assert.True(process.ExitCode == 0, await output + await errors);
        resources = JsonNode.Parse(await File.ReadAllTextAsync(manifest))!["resources"]!.AsObject();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(outputDirectory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Postgres_is_a_container_keeping_its_data_on_a_volume()
    {
        var postgres = resources["postgres"]!;
        Assert.Equal("container.v0", postgres["type"]!.GetValue<string>());
        Assert.StartsWith("docker.io/library/postgres:", postgres["image"]!.GetValue<string>());
        Assert.Contains(postgres["volumes"]!.AsArray(), volume => volume!["target"]!.GetValue<string>() == "/var/lib/postgresql");
        Assert.Equal("{postgres.connectionString};Database=plannior", resources["plannior"]!["connectionString"]!.GetValue<string>());
    }

    [Fact]
    public void Redis_is_a_container_keeping_its_data_on_a_volume()
    {
        var redis = resources["redis"]!;
        Assert.Equal("container.v0", redis["type"]!.GetValue<string>());
        Assert.StartsWith("docker.io/library/redis:", redis["image"]!.GetValue<string>());
        Assert.Contains(redis["volumes"]!.AsArray(), volume => volume!["target"]!.GetValue<string>() == "/data");
        Assert.Contains("{redis-password.value}", redis["connectionString"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("gateway", true)]
    [InlineData("web", true)]
    [InlineData("chat-api", false)]
    public void The_services_that_share_state_across_replicas_get_redis(string service, bool shares)
    {
        var redis = resources[service]!["env"]!["ConnectionStrings__redis"];
        if (shares)
        {
            Assert.Equal("{redis.connectionString}", redis!.GetValue<string>());
        }
        else
        {
            Assert.Null(redis);
        }
    }

    [Theory]
    [InlineData("chat-api")]
    [InlineData("gateway")]
    [InlineData("web")]
    public void Each_service_is_published_with_the_configured_replica_count(string service)
    {
        Assert.Equal(Replicas, resources[service]!["replicas"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("jwt-secret")]
    [InlineData("postgres-password")]
    [InlineData("redis-password")]
    public void Secrets_are_secret_parameters_generated_at_deploy_never_written_in_the_manifest(string name)
    {
        var parameter = resources[name]!;
        Assert.Equal("parameter.v0", parameter["type"]!.GetValue<string>());
        var input = parameter["inputs"]!["value"]!;
        Assert.True(input["secret"]!.GetValue<bool>());
        Assert.NotNull(input["default"]!["generate"]);
    }

    [Fact]
    public void The_services_get_the_secrets_only_as_parameter_references()
    {
        Assert.Equal("{jwt-secret.value}", resources["chat-api"]!["env"]!["JWT_SECRET"]!.GetValue<string>());
        Assert.Equal("{jwt-secret.value}", resources["gateway"]!["env"]!["JWT_SECRET"]!.GetValue<string>());
        Assert.Equal("{plannior.connectionString}", resources["chat-api"]!["env"]!["ConnectionStrings__plannior"]!.GetValue<string>());
        Assert.Null(resources["web"]!["env"]!["JWT_SECRET"]);
    }

    [Theory]
    [InlineData("web", true)]
    [InlineData("gateway", true)]
    [InlineData("chat-api", false)]
    public void Only_web_and_gateway_are_reachable_from_outside(string service, bool external)
    {
        var resource = resources[service]!;
        Assert.Equal("project.v0", resource["type"]!.GetValue<string>());
        var http = resource["bindings"]!["http"]!;
        Assert.Equal("http", http["scheme"]!.GetValue<string>());
        Assert.Equal(external, http["external"]?.GetValue<bool>() ?? false);
    }

    [Theory]
    [InlineData("chat-api")]
    [InlineData("gateway")]
    [InlineData("web")]
    public void Each_service_declares_startup_readiness_and_liveness_probes(string service)
    {
        var probes = resources[service]!["probes"]!.AsArray()
            .ToDictionary(probe => probe!["type"]!.GetValue<string>(), probe => probe!["httpGet"]!);

        Assert.Equal("/health", probes["readiness"]["path"]!.GetValue<string>());
        Assert.Equal("/alive", probes["liveness"]["path"]!.GetValue<string>());
        Assert.Equal("/alive", probes["startup"]["path"]!.GetValue<string>());
        Assert.All(probes.Values, probe => Assert.Equal("http", probe["endpoint"]!.GetValue<string>()));
    }

    [Fact]
    public void The_gateway_allows_the_deployed_web_origin()
    {
        Assert.Equal("{web.bindings.https.url}", resources["gateway"]!["env"]!["ALLOWED_ORIGINS"]!.GetValue<string>());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Plannior.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Plannior.sln not found above " + AppContext.BaseDirectory);
    }
}
