using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Plannior.Bench;

/// <summary>
/// A service of the solution started from its own Release output as a separate process (no Aspire orchestrator,
/// so none of its TCP proxies), with its peak working set read from <c>/proc</c> when it stops.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private ServiceProcess(string name, Process process, Uri address)
    {
        Name = name;
        this.process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>Starts <c>{project}/bin/{configuration}/net10.0/{project}.dll</c> on a free port and waits for <c>/alive</c>.</summary>
    public static async Task<ServiceProcess> StartAsync(string repository, string project, IReadOnlyDictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(repository, project, "bin", configuration, "net10.0", project + ".dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the bench, which builds the services too.");
        }
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{project} did not start.");
        var service = new ServiceProcess(project, process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => service.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => service.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Minutes, not seconds: on a machine loaded far past its cores a cold start has taken over a minute.
            await service.WaitAliveAsync(TimeSpan.FromMinutes(3));
        }
        catch
        {
            // Never left running behind a failed start.
            await service.DisposeAsync();
            throw;
        }
        return service;
    }

    /// <summary>Peak resident set (VmHWM) so far: the most memory the service has held at once.</summary>
    public long PeakWorkingSetBytes => ReadStatus(process.Id, "VmHWM:");

    public static long ReadStatus(int processId, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>CPU time (user + system) the process has used so far.</summary>
    public TimeSpan CpuTime => ReadCpuTime(process.Id);

    /// <summary>utime + stime from <c>/proc/{pid}/stat</c>, in clock ticks of 1/100 s.</summary>
    public static TimeSpan ReadCpuTime(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Lines the service has written to stdout and stderr so far (its console log).</summary>
    public long LinesWritten => Interlocked.Read(ref linesWritten);

    private long linesWritten;

    private void Keep(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref linesWritten);
        lock (output)
        {
            if (output.Length < 64_000) output.AppendLine(line);
        }
    }

    private async Task WaitAliveAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode}:\n{output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/health"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} was not healthy within {timeout}:\n{output}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM, so the host shuts down as it would under an orchestrator.
            Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }
        process.Dispose();
    }
}

/// <summary>
/// nginx from the Debian package as the reference reverse proxy: the same route to ChatApi over a keepalive
/// upstream, one worker per core, access log off (the Gateway writes none either).
/// </summary>
internal sealed class Nginx : IAsyncDisposable
{
    private readonly Process process;
    private readonly string directory;

    private Nginx(Process process, string directory, Uri address)
    {
        this.process = process;
        this.directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    public static async Task<Nginx> StartAsync(Uri upstream)
    {
        var directory = Directory.CreateTempSubdirectory("plannior-bench-nginx-").FullName;
        var port = ServiceProcess.FreePort();
        var config = $$"""
            worker_processes auto;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                upstream chat_api {
                    server {{upstream.Host}}:{{upstream.Port}};
                    keepalive 128;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location /api/ {
                        proxy_pass http://chat_api;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    }
                }
            }
            """;
        var path = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(path, config);
        var process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", ["-p", directory, "-c", path, "-g", "daemon off;"])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("nginx did not start.");
        var nginx = new Nginx(process, directory, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync());
            }
            try
            {
                await http.GetAsync(new Uri(nginx.Address, "/api/"));
                return nginx;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>CPU time of the master and its workers.</summary>
    public TimeSpan CpuTime => Children().Append(process.Id).Aggregate(TimeSpan.Zero, (sum, id) => sum + ServiceProcess.ReadCpuTime(id));

    /// <summary>Master and workers together, since nginx's work is done in its workers.</summary>
    public long PeakWorkingSetBytes => Children().Append(process.Id).Sum(id => ServiceProcess.ReadStatus(id, "VmHWM:"));

    private IEnumerable<int> Children()
    {
        var file = $"/proc/{process.Id}/task/{process.Id}/children";
        return File.Exists(file)
            ? File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture))
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Process.Start("kill", ["-QUIT", process.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
