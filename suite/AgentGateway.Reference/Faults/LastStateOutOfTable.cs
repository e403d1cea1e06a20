using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Faults;

internal sealed class LastStateOutOfTable() : Fault(
    GatewayFault.LastStateOutOfTable,
    "laststate-out-of-table",
    "Enumerations",
    "lastState is -1 instead of 255 while the agent has no previous state.")
{
    public override void ShapeSyncResult(JsonObject result)
    {
        var info = StateInfo(result);
        if (info["lastState"]?.GetValue<int>() == AgentStates.NoPreviousState)
        {
            info["lastState"] = -1;
        }
    }
}
