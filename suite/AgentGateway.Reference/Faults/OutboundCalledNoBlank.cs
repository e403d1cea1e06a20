using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class OutboundCalledNoBlank() : Fault(
    GatewayFault.OutboundCalledNoBlank,
    "outbound-called-no-blank",
    "Calls",
    "During an outbound call (callout), calledNo is empty instead of the number called.")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CallFeature == CallTypes.Outbound ? reported with { CalledNo = "" } : reported;
}
