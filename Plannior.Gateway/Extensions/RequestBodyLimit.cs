using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Extensions;

/// <summary>
/// Refuses bodies over <see cref="RequestLimitsOptions.MaxBodyBytes"/> with 413 before anything reaches ChatApi.
/// A declared Content-Length is judged up front; a body of unknown length (chunked) is read into memory up to
/// the limit first, because streaming it would hand ChatApi the first 64 KiB before the excess is noticed.
/// The payload is counted here, exactly: Kestrel's own MaxRequestBodySize also counts chunk framing, so it
/// serves only as the backstop (<see cref="RequestLimitsOptions.ServerBodyBackstopBytes"/>).
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    private readonly long limit = options.Value.MaxBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            await RejectAsync(context);
            return;
        }

        if (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            var buffered = await ReadWithinLimitAsync(context);
            if (buffered is null)
            {
                await RejectAsync(context);
                return;
            }
            request.Body = buffered;
            request.Headers.Remove("Transfer-Encoding");
            request.ContentLength = buffered.Length;
        }

        await next(context);
    }

    private async Task<MemoryStream?> ReadWithinLimitAsync(HttpContext context)
    {
        var buffered = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffered.Length + read > limit)
                {
                    return null;
                }
                buffered.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        buffered.Position = 0;
        return buffered;
    }

    private Task RejectAsync(HttpContext context) => context.WriteProblemAsync(
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        $"Request bodies are limited to {limit} bytes.");
}
