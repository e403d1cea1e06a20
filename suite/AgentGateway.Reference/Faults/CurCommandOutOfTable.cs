using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class CurCommandOutOfTable() : Fault(
    GatewayFault.CurCommandOutOfTable,
    "curcommand-out-of-table",
    "Enumerations",
    "curCommand is 25, a value Table 7 does not define.")
{
    public override void ShapeSyncResult(JsonObject result) => Replace(StateInfo(result), "curCommand", 25);
}
