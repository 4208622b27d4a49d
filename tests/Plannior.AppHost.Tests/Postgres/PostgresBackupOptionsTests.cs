using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

public class PostgresBackupOptionsTests
{
    [Theory]
    [InlineData(null, 7)]
    [InlineData("", 7)]
    [InlineData("1", 1)]
    [InlineData(" 30 ", 30)]
    [InlineData("100", 100)]
    public void Retention_is_a_count_from_1_to_100_and_defaults_to_7(string? value, int expected)
    {
        Assert.True(PostgresBackupOptions.TryParse(value, out var options, out _));
        Assert.Equal(expected, options.Retention);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("101")]
    [InlineData("seven")]
    [InlineData("2.5")]
    public void Other_retention_settings_stop_the_AppHost_naming_the_setting(string value)
    {
        Assert.False(PostgresBackupOptions.TryParse(value, out _, out var problem));
        Assert.Equal($"Postgres:Backups:Retention must be a whole number from 1 to 100 (it is '{value}').", problem);
    }
}
