using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

public sealed class PostgresInstallationTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("plannior-pg-layout-");

    [Fact]
    public void The_highest_version_under_a_versioned_root_wins()
    {
        var libRoot = Path.Combine(_root.FullName, "usr", "lib", "postgresql");
        FakeServerBinaries(Path.Combine(libRoot, "14", "bin"));
        FakeServerBinaries(Path.Combine(libRoot, "15", "bin"));

        var found = PostgresInstallation.Discover([], [Path.Combine(libRoot, "{version}", "bin")], NoVersionQuery);

        Assert.Equal([15, 14], found.Select(i => i.MajorVersion));
        Assert.Equal(Path.Combine(libRoot, "15", "bin"), PostgresInstallation.Pick(found, dataDirectoryVersion: null)!.BinDirectory);
    }

    [Fact]
    public void Path_entries_are_asked_their_version_and_ranked_with_the_rest()
    {
        var libRoot = Path.Combine(_root.FullName, "usr", "lib", "postgresql");
        FakeServerBinaries(Path.Combine(libRoot, "15", "bin"));
        var onPath = Path.Combine(_root.FullName, "opt", "pg16", "bin");
        FakeServerBinaries(onPath);

        var found = PostgresInstallation.Discover([onPath], [Path.Combine(libRoot, "{version}", "bin")], _ => 16);

        Assert.Equal([16, 15], found.Select(i => i.MajorVersion));
    }

    [Fact]
    public void Layouts_with_a_versioned_folder_name_are_found()
    {
        FakeServerBinaries(Path.Combine(_root.FullName, "usr", "pgsql-13", "bin"));
        FakeServerBinaries(Path.Combine(_root.FullName, "usr", "pgsql-16", "bin"));
        FakeServerBinaries(Path.Combine(_root.FullName, "usr", "pgsql-latest", "bin"));

        var found = PostgresInstallation.Discover([], [Path.Combine(_root.FullName, "usr", "pgsql-{version}", "bin")], NoVersionQuery);

        Assert.Equal([16, 13], found.Select(i => i.MajorVersion));
    }

    [Fact]
    public void Folders_without_the_server_binaries_are_skipped()
    {
        var libRoot = Path.Combine(_root.FullName, "usr", "lib", "postgresql");
        FakeServerBinaries(Path.Combine(libRoot, "15", "bin"));
        var clientOnly = Path.Combine(libRoot, "17", "bin");
        Directory.CreateDirectory(clientOnly);
        FakeExecutable(Path.Combine(clientOnly, "psql"));
        Directory.CreateDirectory(Path.Combine(libRoot, "not-a-version", "bin"));

        var found = PostgresInstallation.Discover(
            [clientOnly],
            [Path.Combine(libRoot, "{version}", "bin"), Path.Combine(_root.FullName, "missing", "{version}", "bin")],
            _ => 17);

        Assert.Equal([15], found.Select(i => i.MajorVersion));
    }

    [Fact]
    public void A_folder_of_links_to_the_server_binaries_stands_for_the_folder_they_point_into()
    {
        var real = Path.Combine(_root.FullName, "usr", "lib", "postgresql", "15", "bin");
        FakeServerBinaries(real);
        var links = Path.Combine(_root.FullName, "usr", "local", "bin");
        Directory.CreateDirectory(links);
        foreach (var name in new[] { "postgres", "initdb", "pg_ctl" })
        {
            File.CreateSymbolicLink(Path.Combine(links, name), Path.Combine(real, name));
        }

        var found = PostgresInstallation.Discover([links, real], [], _ => 15);

        Assert.Equal([real], found.Select(i => i.BinDirectory));
    }

    [Fact]
    public void A_data_directory_keeps_the_version_that_initialised_it()
    {
        PostgresInstallation[] found = [new("/pg/16/bin", 16), new("/pg/15/bin", 15)];

        Assert.Equal(15, PostgresInstallation.Pick(found, dataDirectoryVersion: 15)!.MajorVersion);
        Assert.Null(PostgresInstallation.Pick(found, dataDirectoryVersion: 14));
    }

    [Theory]
    [InlineData("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", 15)]
    [InlineData("postgres (PostgreSQL) 17.2", 17)]
    [InlineData("bash: postgres: command not found", null)]
    public void Major_version_is_read_from_postgres_version_output(string output, int? expected)
    {
        Assert.Equal(expected, PostgresInstallation.ParseMajorVersion(output));
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static int? NoVersionQuery(string postgres) =>
        throw new InvalidOperationException($"Versioned folders need no version query ({postgres}).");

    private static void FakeServerBinaries(string bin)
    {
        Directory.CreateDirectory(bin);
        foreach (var name in new[] { "postgres", "initdb", "pg_ctl" })
        {
            FakeExecutable(Path.Combine(bin, name));
        }
    }

    private static void FakeExecutable(string path)
    {
        File.WriteAllText(path, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
