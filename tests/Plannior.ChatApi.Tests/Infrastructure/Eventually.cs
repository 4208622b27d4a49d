namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>Waits for something another request does in the background, with a deadline instead of a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}; last seen: {value}");
            }
            await Task.Delay(25);
        }
    }

    public static Task<bool> TrueAsync(Func<Task<bool>> probe, string what, TimeSpan? within = null) =>
        MatchesAsync(probe, value => value, what, within);
}
