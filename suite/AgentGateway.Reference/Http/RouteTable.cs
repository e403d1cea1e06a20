using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Http;

/// <summary>One request as the endpoints see it: the HTTP context and the values taken from the path.</summary>
internal sealed class RoutedRequest(HttpContext http, IReadOnlyDictionary<string, string> values)
{
    public HttpContext Http { get; } = http;

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string AgentId => Values["agentid"];

    public IHeaderDictionary Headers => Http.Request.Headers;

    public CancellationToken Aborted => Http.RequestAborted;
}

/// <summary>An endpoint: answers a request whose agent ID has already been checked.</summary>
internal delegate ValueTask<GatewayAnswer> Endpoint(RoutedRequest request);

/// <summary>
/// One route: a method, a path pattern (segments; "{name}" takes any one segment), its endpoint, and whether it is
/// syncagentinfo or a sign-in, which some fault modes treat apart.
/// </summary>
internal sealed record Route(string Method, string[] Pattern, Endpoint Endpoint, bool IsSync, bool IsSignIn);

/// <summary>
/// Matches raw (still percent-encoded) path segments against routes, so that an encoded agent ID never passes as
/// digits. Tells "no such path" (404) from "path known, method not" (405 with the allowed methods).
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes = [];

    public void Map(string method, string pattern, Endpoint endpoint, bool isSync = false, bool isSignIn = false) =>
        _routes.Add(new Route(method, pattern.Split('/'), endpoint, isSync, isSignIn));

    /// <summary>The matching route and its values, or null with the methods the path supports (none: unknown path).</summary>
    public (Route? Route, Dictionary<string, string>? Values, IReadOnlyList<string> Allowed) Match(string method, string[] segments)
    {
        var allowed = new List<string>();
        foreach (var route in _routes)
        {
            var values = TryBind(route.Pattern, segments);
            if (values is null)
            {
                continue;
            }

            if (string.Equals(route.Method, method, StringComparison.Ordinal))
            {
                return (route, values, []);
            }

            if (!allowed.Contains(route.Method))
            {
                allowed.Add(route.Method);
            }
        }

        return (null, null, allowed);
    }

    /// <summary>The values of the first route whose path matches, whatever its method; null for an unknown path.</summary>
    public Dictionary<string, string>? Bind(string[] segments) =>
        _routes.Select(route => TryBind(route.Pattern, segments)).FirstOrDefault(values => values is not null);

    private static Dictionary<string, string>? TryBind(string[] pattern, string[] segments)
    {
        if (pattern.Length != segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i].StartsWith('{'))
            {
                values[pattern[i][1..^1]] = segments[i];
            }
            else if (!string.Equals(pattern[i], segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
