using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class CallInfoAsObject() : Fault(
    GatewayFault.CallInfoAsObject,
    "callinfo-as-object",
    "SchemaConformance",
    "result.callinfo is an empty JSON object instead of a string while the agent has no call.")
{
    public override void ShapeSyncResult(JsonObject result) => Replace(result, "callinfo", new JsonObject());
}
