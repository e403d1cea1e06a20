using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class MissingField() : Fault(
    GatewayFault.MissingField,
    "missing-field",
    "SchemaConformance",
    "agentStateInfo leaves out the curCommand field.")
{
    public override void ShapeSyncResult(JsonObject result) => StateInfo(result).Remove("curCommand");
}
