using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Faults;

internal sealed class PreBusyWhileBusy() : Fault(
    GatewayFault.PreBusyWhileBusy,
    "pre-busy-while-busy",
    "Consistency",
    "preBusy is true while the agent is busy, as if it said that the agent shows busy rather than that a busy is pending.")
{
    public override void ShapeSyncResult(JsonObject result)
    {
        var info = StateInfo(result);
        if (info["state"] is JsonValue state && state.TryGetValue<int>(out var value) && value == (int)AgentState.Busy)
        {
            Replace(info, "preBusy", true);
        }
    }
}
