using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class StateBeginTimeNotUpdated() : Fault(
    GatewayFault.StateBeginTimeNotUpdated,
    "state-begin-time-not-updated",
    "Consistency",
    "agentStateBeginTime stays at the agent's sign-in time, whatever state changes follow.")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        reported with { StateBeganAt = agent.LoginTime };
}
