using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// What came back for one request, with the readings the checks need.
/// Reading never throws: a body that is not JSON simply has no <see cref="Json"/>.
/// </summary>
public sealed class GatewayResponse
{
    private readonly Lazy<JsonNode?> _json;

    public GatewayResponse(Exchange exchange, int? status, IReadOnlyList<HeaderLine> headers, string body, string? transportError)
    {
        Exchange = exchange;
        Status = status;
        Headers = headers;
        Body = body;
        TransportError = transportError;
        _json = new Lazy<JsonNode?>(() => ParseOrNull(body));
    }

    /// <summary>The redacted record of this exchange.</summary>
    public Exchange Exchange { get; }

    public int? Status { get; }
    public IReadOnlyList<HeaderLine> Headers { get; }
    public string Body { get; }
    public string? TransportError { get; }

    /// <summary>True when the suite's own budget ran out before an answer came.</summary>
    public bool TimedOut { get; init; }

    public JsonNode? Json => _json.Value;
    public bool IsJsonObject => Json is JsonObject;
    public bool IsServerError => Status is >= 500;

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

    /// <summary>A one-line summary for messages: status and retcode.</summary>
    public string Summary => TransportError is not null
        ? $"no response ({TransportError})"
        : $"HTTP {Status}, retcode {RetcodeNode?.ToJsonString() ?? "absent"}";

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
