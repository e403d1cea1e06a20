using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// What came back for one request, with the readings the checks need.
/// Reading never throws: a body that is not JSON simply has no <see cref="Json"/>.
/// </summary>
/// <remarks>
/// How a check tells outcomes apart: <see cref="Status"/> is present exactly when an answer head arrived;
/// <see cref="Outcome"/> says how the exchange ended (<see cref="TransportOutcome.Answered"/> for a complete answer);
/// <see cref="TransportError"/> says it in words whenever the outcome is anything else; <see cref="TimedOut"/> is
/// either timeout. Only a complete answer's body is parsed as JSON.
/// </remarks>
public sealed class GatewayResponse
{
    private readonly Lazy<JsonNode?> _json;

    public GatewayResponse(Exchange exchange, int? status, IReadOnlyList<HeaderLine> headers, string body, string? transportError)
        : this(exchange, status, headers, body, transportError, exchange?.Outcome ?? TransportOutcome.Unclassified)
    {
    }

    internal GatewayResponse(Exchange exchange, TransportResult result)
        : this(exchange, result.Status, result.Headers, result.Body, result.Error, result.Outcome)
    {
    }

    private GatewayResponse(
        Exchange exchange, int? status, IReadOnlyList<HeaderLine> headers, string body, string? transportError, TransportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        Exchange = exchange;
        Status = status;
        Headers = headers;
        Body = body;
        TransportError = transportError;
        Outcome = outcome;
        _json = new Lazy<JsonNode?>(() => outcome == TransportOutcome.Answered ? ParseOrNull(body) : null);
    }

    /// <summary>The redacted record of this exchange.</summary>
    public Exchange Exchange { get; }

    /// <summary>HTTP status of the answer head, or null when none arrived (also a 3xx: redirects are never followed).</summary>
    public int? Status { get; }

    /// <summary>How the exchange ended at the transport level.</summary>
    public TransportOutcome Outcome { get; }

    public IReadOnlyList<HeaderLine> Headers { get; }

    /// <summary>The body as UTF-8 text; at most the size cap, and whatever arrived when the answer was cut off.</summary>
    public string Body { get; }

    /// <summary>What went wrong below HTTP, in words; null exactly when <see cref="Outcome"/> is Answered.</summary>
    public string? TransportError { get; }

    /// <summary>True when the request's budget ran out, before the answer head or before the end of its body.</summary>
    public bool TimedOut => Outcome.IsTimeout();

    /// <summary>A complete HTTP answer arrived.</summary>
    public bool Answered => Outcome == TransportOutcome.Answered;

    /// <summary>The Location header of a 3xx answer, which the suite records and never follows.</summary>
    public string? Location => Status is >= 300 and < 400 ? Header("Location") : null;

    /// <summary>The body as JSON; null when it is not JSON, or when the answer was not complete (cut off, over the cap).</summary>
    public JsonNode? Json => _json.Value;
    public bool IsJsonObject => Json is JsonObject;

    /// <summary>The raw JSON of <c>retcode</c> (e.g. <c>"0"</c>, <c>0</c>), or null when absent.</summary>
    public JsonNode? RetcodeNode => (Json as JsonObject)?["retcode"];

    /// <summary><c>retcode</c> when it is a JSON string.</summary>
    public string? Retcode => RetcodeNode is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary><c>message</c> when it is a JSON string.</summary>
    public string? Message => (Json as JsonObject)?["message"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public JsonObject? AgentStateInfo => Json?["result"]?["agentStateInfo"] as JsonObject;

    /// <summary>
    /// Whether the gateway reported success in any form: a 2xx answer whose retcode is zero (string or number)
    /// or which carries agent state. Deliberately generous: a refusal must not look like this in any way.
    /// </summary>
    public bool ReportsSuccess =>
        Status is >= 200 and < 300
        && (AgentStateInfo is not null || RetcodeNode is JsonValue v && v.ToJsonString() is "\"0\"" or "0");

    /// <summary>The documented success: HTTP 2xx with <c>retcode</c> the string "0".</summary>
    public bool IsDocumentedSuccess => Status is >= 200 and < 300 && Retcode == "0";

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The Guid of a <c>Set-GUID: JSESSIONID=...</c> header, or null.</summary>
    public string? IssuedGuid => Header("Set-GUID") is { } value ? GuidHeader.Parse(value) : null;

    /// <summary>
    /// A one-line summary for messages: status and retcode of a complete answer; the outcome in words otherwise,
    /// e.g. "no answer within 20 s (headers)", "HTTP 200, then answer over the 1 MiB cap: read 1048576 bytes, stopped".
    /// </summary>
    public string Summary => (Status, TransportError) switch
    {
        (null, { } error) => error,
        (null, null) => Outcome.Label(),
        ({ } status, { } error) => $"HTTP {status}, then {error}",
        ({ } status, null) when Location is { } location =>
            $"HTTP {status} (redirect to {location}, not followed), retcode {RetcodeNode?.ToJsonString() ?? "absent"}",
        _ => $"HTTP {Status}, retcode {RetcodeNode?.ToJsonString() ?? "absent"}",
    };

    private static JsonNode? ParseOrNull(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
