using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plannior.ChatApi.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PlanniorDbContext>
{
    public PlanniorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlanniorDbContext>()
            .UseNpgsql("Host=localhost;Database=plannior")
            .UseSnakeCaseNamingConvention()
            .Options);
}
