using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class StateBeginTimeIsNow() : Fault(
    GatewayFault.StateBeginTimeIsNow,
    "state-begin-time-is-now",
    "Consistency",
    "agentStateBeginTime is the time of the sync instead of the time the agent's state began.")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        reported with { StateBeganAt = reported.CurrentTime };
}
