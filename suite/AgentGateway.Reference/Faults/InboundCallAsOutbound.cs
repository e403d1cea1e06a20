using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class InboundCallAsOutbound() : Fault(
    GatewayFault.InboundCallAsOutbound,
    "inbound-call-as-outbound",
    "Calls",
    "During an inbound call, callFeature and talkingCallfeature report 7 (common call) instead of 0 (common inbound call).")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        agent.Call?.Call.Feature == CallTypes.Inbound
            ? reported with { CallFeature = CallTypes.Outbound, TalkingCallFeature = agent.Call.TalkingSince is null ? 0 : CallTypes.Outbound }
            : reported;
}
