using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class CallFeatureOutOfTable() : Fault(
    GatewayFault.CallFeatureOutOfTable,
    "callfeature-out-of-table",
    "Enumerations",
    "callFeature is 1 (a 'call features' code) instead of a Table 6 value.")
{
    public override void ShapeSyncResult(JsonObject result) => Replace(StateInfo(result), "callFeature", 1);
}
