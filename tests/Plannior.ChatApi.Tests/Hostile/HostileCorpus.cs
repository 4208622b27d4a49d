using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Hostile;

/// <summary>How a hostile request authenticates.</summary>
public enum TokenKind
{
    Own, None, Empty, Garbage, Basic, Unsigned, Tampered, OtherSecret, Expired, Foreign,
}

/// <summary>One request of the corpus; <see cref="What"/> says what is hostile about it.</summary>
public sealed record HostileRequest(string What, HttpMethod Method, string Path, TokenKind Token, byte[]? Body, string? ContentType)
{
    /// <summary>The one field, parameter or route value made hostile, which a 400 must name.</summary>
    public string? Field { get; init; }
}

/// <summary>One endpoint as the routing table describes it: where its values go, and what its body is.</summary>
public sealed record EndpointShape(
    string Pattern, IReadOnlyList<string> Methods, IReadOnlyList<(string Name, bool Numeric)> RouteParameters,
    IReadOnlyList<string> QueryParameters, IReadOnlyDictionary<string, Type?> BodyTypes, bool Anonymous)
{
    /// <summary>The body the endpoint for <paramref name="method"/> binds, if any.</summary>
    public Type? BodyFor(string method) => BodyTypes.GetValueOrDefault(method);

    public bool IsMcp => Pattern.TrimStart('/').StartsWith("mcp", StringComparison.Ordinal);
}

/// <summary>The ids a request's path is filled with: the attacker's own, or the bystander's.</summary>
public sealed record CorpusIds(string UserId, int TaskId, string ConversationId, long ChangeId, string ForeignUserId, int ForeignTaskId, string ForeignConversationId);

/// <summary>
/// Generates hostile requests for every endpoint the running ChatApi maps, read from its routing table (as
/// <see cref="UserRoutes"/> does), so an endpoint added later is attacked too: each body field, query parameter
/// and route value replaced by each hostile value, raw bodies, content types, methods and tokens.
/// </summary>
public static class HostileCorpus
{
    private static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"];

    public static IReadOnlyList<EndpointShape> Endpoints(ChatApiFactory factory) =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .GroupBy(endpoint => endpoint.RoutePattern.RawText ?? "")
            .Select(group => Describe(group.Key, [.. group])),
    ];

    public static IEnumerable<HostileRequest> Generate(IReadOnlyList<EndpointShape> endpoints, CorpusIds ids)
    {
        foreach (var endpoint in endpoints)
        {
            var path = Path(endpoint, ids, foreign: false);
            foreach (var method in endpoint.Methods)
            {
                var requests = endpoint.IsMcp && method == "POST" ? McpRequests(path) : EndpointRequests(endpoint, method, path, ids);
                foreach (var request in requests)
                {
                    yield return request;
                }
            }
            foreach (var method in AllMethods.Except(endpoint.Methods))
            {
                yield return new($"{method} not mapped", new HttpMethod(method), path, TokenKind.Own, Json(Benign(endpoint.BodyTypes.Values.FirstOrDefault(t => t is not null))), "application/json");
            }
        }
    }

    private static IEnumerable<HostileRequest> EndpointRequests(EndpointShape endpoint, string verb, string path, CorpusIds ids)
    {
        var method = new HttpMethod(verb);
        var benign = endpoint.BodyFor(verb) is { } benignType ? Json(Benign(benignType)) : null;
        var contentType = benign is null ? null : "application/json";

        if (!endpoint.Anonymous)
        {
            foreach (var token in Enum.GetValues<TokenKind>().Where(kind => kind != TokenKind.Own))
            {
                // Someone else's valid token on account routes would act as them; it is tried on user-scoped paths.
                if (token == TokenKind.Foreign && !endpoint.RouteParameters.Any(p => p.Name == "user_id"))
                {
                    continue;
                }
                yield return new($"token {token}", method, path, token, benign, contentType);
            }
        }
        if (endpoint.RouteParameters.Any(p => p.Name == "user_id"))
        {
            // The attacker's own token on the bystander's paths: the 403 must come before anything is read or written.
            yield return new("bystander's path", method, Path(endpoint, ids, foreign: true), TokenKind.Own, benign, contentType);
        }
        // The bystander's objects through the attacker's own path: each must be a 404.
        if (endpoint.RouteParameters.Any(p => p.Name != "user_id"))
        {
            yield return new("bystander's object", method, Path(endpoint, ids with { TaskId = ids.ForeignTaskId, ConversationId = ids.ForeignConversationId }, foreign: false),
                TokenKind.Own, benign, contentType);
        }

        foreach (var (name, _) in endpoint.RouteParameters)
        {
            foreach (var segment in HostileValues.PathSegments)
            {
                yield return new($"route {name}={Short(segment)}", method, Path(endpoint, ids, foreign: false, (name, segment)), TokenKind.Own, benign, contentType) { Field = name };
            }
        }

        foreach (var name in endpoint.QueryParameters)
        {
            foreach (var value in HostileValues.QueryValues)
            {
                yield return new($"query {name}={Short(value)}", method, $"{path}?{name}={value}", TokenKind.Own, benign, contentType) { Field = name };
            }
            yield return new($"query {name} repeated", method, $"{path}?{name}=1&{name}=2", TokenKind.Own, benign, contentType);
        }

        if (endpoint.BodyFor(verb) is not { } bodyType)
        {
            yield break;
        }
        var fields = Benign(bodyType);
        foreach (var field in fields.Keys)
        {
            foreach (var value in HostileValues.JsonFragments)
            {
                var body = new Dictionary<string, string>(fields) { [field] = value };
                yield return new($"body {field}={Short(value)}", method, path, TokenKind.Own, Json(body), "application/json") { Field = field };
            }
        }
        yield return new("body with unknown fields", method, path, TokenKind.Own,
            Json(new Dictionary<string, string>(fields) { ["user_id"] = HostileValues.Quote(ids.ForeignUserId), ["id"] = "1", ["__proto__"] = "{}" }), "application/json");
        foreach (var (name, bytes) in HostileValues.RawBodies)
        {
            yield return new($"raw body {name}", method, path, TokenKind.Own, bytes, "application/json");
        }
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/jsonx", null })
        {
            yield return new($"content type {type ?? "absent"}", method, path, TokenKind.Own, benign, type);
        }
    }

    /// <summary>JSON-RPC that is malformed, unknown, or calls the tools with hostile arguments.</summary>
    private static IEnumerable<HostileRequest> McpRequests(string path)
    {
        string[] envelopes =
        [
            """{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}""",
            """{"jsonrpc": "1.0", "id": 1, "method": "tools/list"}""",
            """{"id": 1, "method": "tools/list"}""",
            """{"jsonrpc": "2.0", "id": {"a": 1}, "method": "tools/list"}""",
            """{"jsonrpc": "2.0", "id": 1, "method": "no/such/method"}""",
            """{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": []}""",
            """{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "drop_database", "arguments": {}}}""",
            """{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "add_task", "arguments": "not an object"}}""",
            """{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": 42, "capabilities": null}}""",
            """{"jsonrpc": "2.0", "method": "notifications/initialized"}""",
            """[{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}]""",
            """{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "list_tasks", "arguments": {"user_id": "00000000-0000-0000-0000-000000000000"}}}""",
        ];
        var number = 0;
        foreach (var envelope in envelopes)
        {
            yield return new($"mcp envelope {number++}", HttpMethod.Post, path, TokenKind.Own, Encoding.UTF8.GetBytes(envelope), "application/json");
        }
        string[] tools = ["add_task", "update_task", "complete_task", "delete_task", "list_tasks"];
        string[] arguments = ["title", "task_id", "task_ids", "tags", "due_at", "recurrence", "priority", "status", "user_id"];
        foreach (var tool in tools)
        {
            foreach (var argument in arguments)
            {
                foreach (var value in HostileValues.JsonFragments.Where((_, index) => index % 3 == 0))
                {
                    var call = $$$"""{"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "{{{tool}}}", "arguments": {"title": "MCP hostile", "task_id": 1, "{{{argument}}}": {{{value}}} } } }""";
                    yield return new($"mcp {tool} {argument}={Short(value)}", HttpMethod.Post, path, TokenKind.Own, Encoding.UTF8.GetBytes(call), "application/json");
                }
            }
        }
        foreach (var (name, bytes) in HostileValues.RawBodies)
        {
            yield return new($"mcp raw body {name}", HttpMethod.Post, path, TokenKind.Own, bytes, "application/json");
        }
        foreach (var token in new[] { TokenKind.None, TokenKind.Garbage, TokenKind.Unsigned, TokenKind.Expired, TokenKind.OtherSecret })
        {
            yield return new($"mcp token {token}", HttpMethod.Post, path, token, Encoding.UTF8.GetBytes(envelopes[0]), "application/json");
        }
    }

    private static EndpointShape Describe(string pattern, IReadOnlyList<RouteEndpoint> endpoints)
    {
        var first = endpoints[0];
        var methods = endpoints.SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Distinct().ToList();
        var handlers = endpoints.Select(e => e.Metadata.GetMetadata<MethodInfo>()).OfType<MethodInfo>().ToList();
        var parameters = handlers.SelectMany(h => h.GetParameters()).ToList();
        var numeric = parameters
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var type && (type == typeof(int) || type == typeof(long)))
            .Select(p => p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routeParameters = first.RoutePattern.Parameters.Select(p => (p.Name, numeric.Contains(p.Name))).ToList();
        var routeNames = routeParameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                query.AddRange(parameter.ParameterType.GetProperties().Where(p => IsSimple(p.PropertyType)).Select(p => Snake(p.Name)));
            }
            else if (IsSimple(parameter.ParameterType) && !routeNames.Contains(parameter.GetCustomAttribute<FromRouteAttribute>()?.Name ?? parameter.Name!))
            {
                query.Add(Snake(parameter.Name!));
            }
        }
        // The body each method's handler binds, as minimal APIs declare it.
        var bodyTypes = new Dictionary<string, Type?>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                bodyTypes[method] = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            }
        }
        var anonymous = endpoints.All(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetMetadata<IAuthorizeData>() is null);
        return new EndpointShape(pattern, methods, routeParameters, [.. query.Distinct()], bodyTypes, anonymous);
    }

    private static bool IsSimple(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare.IsPrimitive || bare == typeof(string) || bare == typeof(Guid) || bare == typeof(DateTime) || bare == typeof(DateTimeOffset) || bare.IsEnum;
    }

    private static string Path(EndpointShape endpoint, CorpusIds ids, bool foreign, (string Name, string Value)? replace = null)
    {
        var pattern = RoutePatternFactory.Parse(endpoint.Pattern);
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternParameterPart parameter when replace?.Name == parameter.Name => replace.Value.Value,
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "user_id" } => foreign ? ids.ForeignUserId : ids.UserId,
                    RoutePatternParameterPart { Name: "conversation_id" } => foreign ? ids.ForeignConversationId : ids.ConversationId,
                    RoutePatternParameterPart parameter when endpoint.Pattern.Contains("changes", StringComparison.Ordinal) && parameter.Name == "id" =>
                        ids.ChangeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    RoutePatternParameterPart parameter when endpoint.RouteParameters.Any(p => p.Name == parameter.Name && p.Numeric) =>
                        (foreign ? ids.ForeignTaskId : ids.TaskId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => Guid.NewGuid().ToString(),
                });
            }
        }
        return path.ToString();
    }

    /// <summary>A valid value for each field of a body, so one hostile field at a time gets past the others.</summary>
    private static Dictionary<string, string> Benign(Type? bodyType)
    {
        var fields = new Dictionary<string, string>();
        if (bodyType is null)
        {
            return fields;
        }
        var constructor = bodyType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var members = constructor?.GetParameters().Select(p => (Name: p.Name!, Type: p.ParameterType)).ToList() ?? [];
        foreach (var (name, type) in members)
        {
            var field = Snake(name);
            fields[field] = field switch
            {
                "email" => HostileValues.Quote($"hostile-{Guid.NewGuid():N}@example.com"),
                _ when field.Contains("password", StringComparison.Ordinal) => HostileValues.Quote("a benign wrong password"),
                "timezone" => "\"UTC\"",
                "language_preference" or "language_hint" => "\"en\"",
                "message" => "\"hello\"",
                "conversation_id" or "client_message_id" => "null",
                "priority" => "\"low\"",
                "tags" => "[\"hostile\"]",
                "due_at" or "remind_at" => "\"2031-01-01T09:00:00Z\"",
                "recurrence" => "null",
                "completed" => "false",
                _ => ValueFor(Unwrap(type)),
            };
        }
        return fields;
    }

    private static Type Unwrap(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare.IsGenericType && bare.GetGenericTypeDefinition().Name.StartsWith("Optional", StringComparison.Ordinal)
            ? Unwrap(bare.GetGenericArguments()[0])
            : bare;
    }

    private static string ValueFor(Type type) =>
        type == typeof(string) ? "\"Hostile corpus\"" :
        type == typeof(bool) ? "false" :
        type.IsPrimitive ? "1" :
        type.IsEnum ? HostileValues.Quote(Snake(Enum.GetNames(type)[0])) :
        "null";

    private static byte[] Json(IReadOnlyDictionary<string, string> fields) =>
        Encoding.UTF8.GetBytes("{" + string.Join(", ", fields.Select(field => $"\"{field.Key}\": {field.Value}")) + "}");

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private static string Short(string value) => value.Length <= 40 ? value : $"{value[..30]}…({value.Length})";
}
