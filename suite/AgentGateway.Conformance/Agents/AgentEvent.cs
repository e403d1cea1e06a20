using System.Text.Json.Nodes;

namespace AgentGateway.Conformance.Agents;

/// <summary>One polled event: its type and its content.</summary>
public sealed record AgentEvent(string EventType, JsonNode? Content)
{
    /// <summary>
    /// <c>eventGenTime</c>, when the gateway's edition stamps it: when the gateway made the event, in milliseconds of its
    /// own clock; null when absent or not a number.
    /// </summary>
    public long? GeneratedAt { get; init; }

    public const string InService = "AgentOther_InService";
    public const string Ready = "AgentState_Ready";
    public const string Work = "AgentState_Work";
    public const string SetNotReadySuccess = "AgentState_SetNotReady_Success";
    public const string CancelNotReadySuccess = "AgentState_CancelNotReady_Success";
    public const string SetRestSuccess = "AgentState_SetRest_Success";
    public const string CancelRestSuccess = "AgentState_CancelRest_Success";
    public const string SetWorkSuccess = "AgentState_SetWork_Success";

    /// <summary>
    /// <c>content.reason</c> as text, whether the gateway sends it as a string or a number; null when the content is
    /// no object, as the bare callid of a call event.
    /// </summary>
    public string? Reason => Content is JsonObject content && content["reason"] is JsonValue value ? value.ToString() : null;

    /// <summary>Whether this is the "busy with reason N" event the suite uses as a recognisable marker.</summary>
    public bool IsBusyMarker(int reason) =>
        EventType == SetNotReadySuccess && Reason == reason.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => Reason is null ? EventType : $"{EventType}(reason {Reason})";

    /// <summary>Reads the event of a poll response; null for an empty poll or a body without a readable event.</summary>
    public static AgentEvent? From(JsonNode? body)
    {
        if (body?["event"] is not JsonObject e || e["eventType"] is not JsonValue type || !type.TryGetValue<string>(out var eventType))
        {
            return null;
        }

        return new AgentEvent(eventType, e["content"]) { GeneratedAt = Milliseconds(e["eventGenTime"]) };
    }

    /// <summary>A millisecond timestamp written as a number or a string of digits; null otherwise.</summary>
    public static long? Milliseconds(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var number))
        {
            return number;
        }

        return value.TryGetValue<string>(out var text)
            && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
    }
}
