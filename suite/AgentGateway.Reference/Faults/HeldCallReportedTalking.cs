using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class HeldCallReportedTalking() : Fault(
    GatewayFault.HeldCallReportedTalking,
    "held-call-reported-talking",
    "Calls",
    "An agent that holds its call reports state 9 (talking) instead of 11 (hold).")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        agent.Call is { Phase: CallPhase.Held } ? reported with { State = (int)AgentState.Talking } : reported;
}
