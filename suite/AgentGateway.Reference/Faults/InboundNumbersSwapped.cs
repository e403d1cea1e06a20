using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class InboundNumbersSwapped() : Fault(
    GatewayFault.InboundNumbersSwapped,
    "inbound-numbers-swapped",
    "Calls",
    "During an inbound call, callerNo and calledNo are swapped: callerNo names the agent called, calledNo the number that called.")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        agent.Call?.Call.Feature == CallTypes.Inbound ? reported with { CallerNo = reported.CalledNo, CalledNo = reported.CallerNo } : reported;
}
