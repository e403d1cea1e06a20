using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class StateOutOfTable() : Fault(
    GatewayFault.StateOutOfTable,
    "state-out-of-table",
    "Enumerations",
    "state is reported as 0 (the gateway table's 'unknown'), which is not a Table 3 value.")
{
    public override void ShapeSyncResult(JsonObject result) => Replace(StateInfo(result), "state", 0);
}
