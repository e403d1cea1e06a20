using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class StateNotUpdated() : Fault(
    GatewayFault.StateNotUpdated,
    "state-not-updated",
    "Consistency",
    "syncagentinfo always reports state 1 (idle), whatever state the agent is in.")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        reported with { State = (int)AgentState.Idle };
}
