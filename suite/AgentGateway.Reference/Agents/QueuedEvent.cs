using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Agents;

/// <summary>
/// One queued agent event: its type, its content (an object, a bare string such as a callid, or null when the event
/// carries none) and when it was made.
/// </summary>
internal sealed record QueuedEvent(string EventType, JsonNode? Content, DateTimeOffset GeneratedAt)
{
    public static QueuedEvent WithReason(string eventType, int reason, DateTimeOffset now) =>
        new(eventType, new JsonObject { ["reason"] = reason.ToString(System.Globalization.CultureInfo.InvariantCulture) }, now);
}

/// <summary>The documented event type names.</summary>
internal static class EventTypes
{
    public const string InService = "AgentOther_InService";
    public const string Ready = "AgentState_Ready";
    public const string Work = "AgentState_Work";
    public const string SetNotReadySuccess = "AgentState_SetNotReady_Success";
    public const string CancelNotReadySuccess = "AgentState_CancelNotReady_Success";
    public const string SetRestSuccess = "AgentState_SetRest_Success";
    public const string CancelRestSuccess = "AgentState_CancelRest_Success";
    public const string SetWorkSuccess = "AgentState_SetWork_Success";
    public const string CancelWorkSuccess = "AgentState_CancelWork_Success";
}
