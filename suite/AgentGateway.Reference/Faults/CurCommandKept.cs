using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Faults;

internal sealed class CurCommandKept() : Fault(
    GatewayFault.CurCommandKept,
    "curcommand-kept",
    "Consistency",
    "curCommand keeps the command of the state the agent left, 30 (show busy) after busy and 31 (rest) after rest, as if the "
    + "gateway cleared it one state change late.")
{
    private const int ShowBusy = 30;
    private const int Rest = 31;

    public override void ShapeSyncResult(JsonObject result)
    {
        var info = StateInfo(result);
        if (info["lastState"] is not JsonValue lastState || !lastState.TryGetValue<int>(out var left))
        {
            return;
        }

        if (left == (int)AgentState.Busy)
        {
            Replace(info, "curCommand", ShowBusy);
        }
        else if (left == (int)AgentState.Rest)
        {
            Replace(info, "curCommand", Rest);
        }
    }
}
