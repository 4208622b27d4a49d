using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace Plannior.Gateway.RateLimiting;

/// <summary>
/// One partition's fixed window, counted in Redis (RedisRateLimiting's script: one atomic increment per request),
/// and in this process while Redis cannot be reached.
/// </summary>
internal sealed class SharedWindowLimiter : RateLimiter
{
    private static readonly RateLimitLease NotYet = new UnacquiredLease();

    private readonly RedisFixedWindowRateLimiter<string> _shared;
    private readonly FixedWindowRateLimiter _local;
    private readonly SharedRateLimitStore _store;

    public SharedWindowLimiter(string key, WindowLimit limit, SharedRateLimitStore store)
    {
        _store = store;
        _shared = new RedisFixedWindowRateLimiter<string>(key, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => store.Redis!,
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
        });
        _local = RateLimitPolicies.LocalWindow(limit);
    }

    // Kept while the local fallback holds counts; otherwise idle, since its window lives in Redis.
    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    // The middleware tries this first and, refused, awaits AcquireAsync: Redis is only reached asynchronously.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            var lease = await _shared.AcquireAsync(permitCount, cancellationToken);
            _store.Reached();
            return new SharedLease(lease);
        }
        catch (Exception exception) when (SharedRateLimitStore.IsOutage(exception))
        {
            _store.Unreachable(exception);
            return await _local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _local.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _shared.DisposeAsync();
        await _local.DisposeAsync();
    }

    private sealed class UnacquiredLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>
    /// The Redis lease, with its retry-after (whole seconds under the library's own name) also offered under the
    /// standard <see cref="MetadataName.RetryAfter"/> as a TimeSpan, which the rejection handler reads.
    /// </summary>
    private sealed class SharedLease(RateLimitLease inner) : RateLimitLease
    {
        public override bool IsAcquired => inner.IsAcquired;

        public override IEnumerable<string> MetadataNames => inner.MetadataNames.Append(MetadataName.RetryAfter.Name);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == MetadataName.RetryAfter.Name)
            {
                var known = inner.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds);
                metadata = known ? TimeSpan.FromSeconds(Math.Max(seconds, 1)) : null;
                return known;
            }

            return inner.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
