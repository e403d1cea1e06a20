using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class WrongTypeField() : Fault(
    GatewayFault.WrongTypeField,
    "wrong-type-field",
    "SchemaConformance",
    "agentStateInfo carries preBusy as the string \"false\" instead of a boolean.")
{
    public override void ShapeSyncResult(JsonObject result) => Replace(StateInfo(result), "preBusy", "false");
}
