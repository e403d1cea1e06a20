using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class TalkingCallFeatureOutOfTable() : Fault(
    GatewayFault.TalkingCallFeatureOutOfTable,
    "talkingcallfeature-out-of-table",
    "Enumerations",
    "talkingCallfeature is 40 (scheduled outbound from the global call-type list), which Table 6 lacks.")
{
    public override void ShapeSyncResult(JsonObject result) => Replace(StateInfo(result), "talkingCallfeature", 40);
}
