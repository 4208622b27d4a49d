using System.Diagnostics;

namespace Plannior.Testing;

/// <summary>The outcome of one <c>--check-config</c> run: what an operator sees on the terminal.</summary>
public sealed record ConfigurationCheckResult(int ExitCode, string Output, string Errors)
{
    public string All => Output + Errors;
}

/// <summary>
/// Runs a service's built entry assembly with <c>--check-config</c> as an operator would, in the service's project
/// folder (its appsettings.json) and with only the environment the test gives, never the test runner's own.
/// </summary>
public static class ConfigurationCheckRun
{
    private static readonly string[] InheritedVariables = ["PATH", "HOME", "DOTNET_ROOT", "DOTNET_CLI_HOME", "TMPDIR"];

    public static async Task<ConfigurationCheckResult> RunAsync(string project, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var projectDirectory = Path.Combine(RepositoryRoot(), project);
        // tests/<project>/bin/<Configuration>/<tfm>/: the service was built next to its sources with the same ones.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var assembly = Path.Combine(projectDirectory, "bin", tfm.Parent!.Name, tfm.Name, project + ".dll");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var name in InheritedVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--check-config");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A check that started the service would never exit: the cap turns that into a failure, not a hung run.
        using var cap = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cap.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{project} --check-config did not exit: it started the service.");
        }
        return new ConfigurationCheckResult(process.ExitCode, await output, await errors);
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
