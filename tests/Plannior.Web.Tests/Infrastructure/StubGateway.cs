using System.Net;
using System.Text;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>A Gateway in memory: answers each request from a route table and remembers what was sent.</summary>
public sealed class StubGateway : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string PathStart, Func<HttpResponseMessage> Respond)> _routes = [];

    public List<(HttpMethod Method, string PathAndQuery, string? Body)> Requests { get; } = [];

    public StubGateway On(HttpMethod method, string pathStart, HttpStatusCode status, string body = "", string mediaType = "application/json")
    {
        _routes.Insert(0, (method, pathStart, () => new HttpResponseMessage(status)
        {
            Content = status == HttpStatusCode.NoContent ? new ByteArrayContent([]) : new StringContent(body, Encoding.UTF8, mediaType),
        }));
        return this;
    }

    public IEnumerable<(HttpMethod Method, string PathAndQuery, string? Body)> Sent(HttpMethod method, string pathPart) =>
        Requests.Where(r => r.Method == method && r.PathAndQuery.Contains(pathPart, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, path, body));
        var route = _routes.FirstOrDefault(r => r.Method == request.Method && path.StartsWith(r.PathStart, StringComparison.Ordinal));
        return route.Respond is null ? new HttpResponseMessage(HttpStatusCode.NotFound) : route.Respond();
    }
}
