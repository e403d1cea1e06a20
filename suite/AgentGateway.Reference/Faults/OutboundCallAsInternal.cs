using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class OutboundCallAsInternal() : Fault(
    GatewayFault.OutboundCallAsInternal,
    "outbound-call-as-internal",
    "Calls",
    "During an outbound call (callout), callFeature and talkingCallfeature report 6 (internal call) instead of 7 (common call).")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CallFeature == CallTypes.Outbound
            ? reported with { CallFeature = CallTypes.Internal, TalkingCallFeature = reported.TalkingCallFeature == 0 ? 0 : CallTypes.Internal }
            : reported;
}
