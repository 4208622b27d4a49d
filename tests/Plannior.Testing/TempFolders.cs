namespace Plannior.Testing;

/// <summary>The throwaway folders the test servers keep their data in.</summary>
internal static class TempFolders
{
    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run may be sweeping the same folder; a leftover temp folder is harmless.
        }
    }
}
