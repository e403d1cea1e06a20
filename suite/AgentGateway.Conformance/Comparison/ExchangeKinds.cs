using System.Text.RegularExpressions;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Comparison;

/// <summary>
/// Sorts recorded exchanges into kinds from what the suite sent, never from what the gateway answered: the documented
/// call (sign-in, sync, poll, state change, ...) for latencies, and purpose, route and status for behaviour drift.
/// </summary>
public static partial class ExchangeKinds
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string Sync = "sync";
    public const string Poll = "poll";
    public const string StateChange = "state change";
    public const string AgentStatus = "agent status";
    public const string Call = "call";
    public const string Other = "other";

    /// <summary>The latency categories in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> Categories = [SignIn, Sync, Poll, StateChange, AgentStatus, Call, SignOut, Other];

    private const string Resource = "agentgateway/resource/";

    private static readonly HashSet<string> StateChanges = new(StringComparer.Ordinal)
    {
        "saybusy", "sayfree", "rest", "cancelrest", "work", "cancelwork", "autoanswer", "autoenteridle",
    };

    /// <summary>The documented call an exchange made, from its method and path.</summary>
    public static string Category(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var segments = Segments(exchange.Url);
        if (segments.Count < 2)
        {
            return Other;
        }

        return (segments[0], segments.Count > 2 ? segments[2] : null) switch
        {
            ("agentevent", null) => Poll,
            ("voicecall", not null) => Call,
            ("onlineagent", null) when exchange.Method == "PUT" => SignIn,
            ("onlineagent", "forcelogin") => SignIn,
            ("onlineagent", "logout") => SignOut,
            ("onlineagent", "syncagentinfo") => Sync,
            ("onlineagent", "agentstatus") => AgentStatus,
            ("onlineagent", { } action) when StateChanges.Contains(action) => StateChange,
            _ => Other,
        };
    }

    /// <summary>
    /// The kind of response an exchange got: its purpose with numbers taken out, its method and route with the agent ID
    /// and numbers taken out, and its HTTP status. "sync while idle · POST onlineagent/{agentid}/syncagentinfo · HTTP 200".
    /// </summary>
    public static string ResponseKind(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var segments = Segments(exchange.Url);
        var route = segments.Count == 0
            ? "(outside the resource path)"
            : string.Join('/', segments.Select((s, i) => i == 1 ? "{agentid}" : Number().IsMatch(s) ? "{n}" : s));
        var status = exchange.Status is { } code ? $"HTTP {code}" : "no answer";
        return $"{Number().Replace(exchange.Purpose, "#")} · {exchange.Method} {route} · {status}";
    }

    /// <summary>The path segments below <c>agentgateway/resource/</c>, without the query; empty for any other path.</summary>
    private static List<string> Segments(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var start = path.IndexOf(Resource, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var rest = path[(start + Resource.Length)..];
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        return [.. (query < 0 ? rest : rest[..query]).Split('/')];
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();
}
