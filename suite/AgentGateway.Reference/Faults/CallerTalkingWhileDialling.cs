using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class CallerTalkingWhileDialling() : Fault(
    GatewayFault.CallerTalkingWhileDialling,
    "caller-talking-while-dialling",
    "Calls",
    "The agent that placed a call reports state 9 (talking) while the call still rings, instead of 6 (outbound calling).")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        agent.Call is { Phase: CallPhase.Dialling } ? reported with { State = (int)AgentState.Talking } : reported;
}
