using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>A response as the tests read it, from memory or from a socket.</summary>
public sealed record Reply(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode? Json
    {
        get
        {
            try
            {
                return JsonNode.Parse(Body);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The retcode as sent: a string's value, or the raw JSON of any other kind.</summary>
    public string? Retcode => Json?["retcode"] is { } code ? code.GetValueKind() == JsonValueKind.String ? code.GetValue<string>() : code.ToJsonString() : null;

    public JsonObject? StateInfo => Json?["result"]?["agentStateInfo"]?.AsObject();

    public string? EventType => Json?["event"]?["eventType"]?.GetValue<string>();

    /// <summary>The Guid carried in Set-GUID (the part after JSESSIONID=), if any.</summary>
    public string? SetGuid => Headers.TryGetValue("Set-GUID", out var value) ? value["JSESSIONID=".Length..] : null;

    public bool IsSuccess => Retcode == "0";
}
