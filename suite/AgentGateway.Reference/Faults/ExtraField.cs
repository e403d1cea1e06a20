using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class ExtraField() : Fault(
    GatewayFault.ExtraField,
    "extra-field",
    "SchemaConformance",
    "agentStateInfo also carries vdnId, a field Table 5 does not list (a SHOULD-level deviation).")
{
    public override void ShapeSyncResult(JsonObject result) => StateInfo(result)["vdnId"] = 1;
}
