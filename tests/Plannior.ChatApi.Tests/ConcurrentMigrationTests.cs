using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Plannior.ChatApi.Data;
using Plannior.Testing;

namespace Plannior.ChatApi.Tests;

/// <summary>Two ChatApi instances starting at once on a database no one has migrated yet: a scaled-out deploy.</summary>
public sealed class ConcurrentMigrationTests
{
    [Fact]
    public async Task Two_instances_starting_together_both_become_healthy_and_apply_each_migration_once()
    {
        var postgres = await TestPostgres.GetSharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("concurrent");
        await using var first = new InstanceOnDatabase(connectionString);
        await using var second = new InstanceOnDatabase(connectionString);

        await Task.WhenAll(Task.Run(first.Start), Task.Run(second.Start));

        foreach (var instance in new[] { first, second })
        {
            using var response = await instance.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("healthy", body["checks"]!["database"]!.GetValue<string>());
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT migration_id FROM "__EFMigrationsHistory" ORDER BY migration_id""", connection);
        var applied = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                applied.Add(reader.GetString(0));
            }
        }
        await using var db = new PlanniorDbContext(new DbContextOptionsBuilder<PlanniorDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);
        Assert.Equal(db.Database.GetMigrations().Order(StringComparer.Ordinal), applied);
    }

    private sealed class InstanceOnDatabase(string connectionString) : WebApplicationFactory<Program>
    {
        public void Start()
        {
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:plannior", connectionString);
            builder.UseSetting("JWT_SECRET", "concurrent-migration-tests-secret-4f8e1b2a9c7d3e6f");
        }
    }
}
