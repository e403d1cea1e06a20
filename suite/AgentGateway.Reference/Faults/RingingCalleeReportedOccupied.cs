using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class RingingCalleeReportedOccupied() : Fault(
    GatewayFault.RingingCalleeReportedOccupied,
    "ringing-callee-reported-occupied",
    "Calls",
    "An agent at which a call rings unanswered (manual answer) reports state 7 (occupied) instead of 8 (request answer).")
{
    private const int Occupied = 7;

    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        agent.Call is { Phase: CallPhase.Ringing } ? reported with { State = Occupied } : reported;
}
