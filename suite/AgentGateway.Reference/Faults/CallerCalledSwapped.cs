using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class CallerCalledSwapped() : Fault(
    GatewayFault.CallerCalledSwapped,
    "caller-called-swapped",
    "Calls",
    "During an internal call, a sync reports callerNo and calledNo the wrong way round: the called agent's number as "
    + "callerNo and the calling agent's as calledNo.")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CurCallId.Length == 0 || reported.CallFeature != CallTypes.Internal
            ? reported
            : reported with { CallerNo = reported.CalledNo, CalledNo = reported.CallerNo };
}
