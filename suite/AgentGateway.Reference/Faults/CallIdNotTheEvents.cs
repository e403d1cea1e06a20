using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class CallIdNotTheEvents() : Fault(
    GatewayFault.CallIdNotTheEvents,
    "callid-not-the-events",
    "Calls",
    "During a call, curCallId and mainCallId carry the callid with '-0' appended, not the callid of the call's events.")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CurCallId.Length == 0
            ? reported
            : reported with { CurCallId = reported.CurCallId + "-0", MainCallId = reported.MainCallId + "-0" };
}
