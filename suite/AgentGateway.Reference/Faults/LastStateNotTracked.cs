using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class LastStateNotTracked() : Fault(
    GatewayFault.LastStateNotTracked,
    "laststate-not-tracked",
    "Consistency",
    "lastState stays 255 after state changes.")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        reported with { LastState = AgentStates.NoPreviousState };
}
