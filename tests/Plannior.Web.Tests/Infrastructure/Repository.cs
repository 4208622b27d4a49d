using System.Globalization;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>Where the sources are, for tests that read them (resource files, component markup).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Plannior.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Plannior.sln not found above the test assembly.");
    }
}

/// <summary>Runs the rest of a test in a UI culture, as a circuit opened in that language does; restored on dispose.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    private UiCulture(string code) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(code);

    public static UiCulture Use(string code) => new(code);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
}
