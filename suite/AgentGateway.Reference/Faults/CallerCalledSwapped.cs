using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class CallerCalledSwapped() : Fault(
    GatewayFault.CallerCalledSwapped,
    "caller-called-swapped",
    "Calls",
    "During a call, a sync reports callerNo and calledNo the wrong way round: the called number as callerNo and the "
    + "calling number as calledNo.")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CurCallId.Length == 0 ? reported : reported with { CallerNo = reported.CalledNo, CalledNo = reported.CallerNo };
}
