using System.Runtime.CompilerServices;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class CallRecordKept() : Fault(
    GatewayFault.CallRecordKept,
    "call-record-kept",
    "Calls",
    "After a call ends, a sync still reports its curCallId, mainCallId, callerNo and calledNo, while the state leaves the "
    + "call states: the gateway does not clear the agent's call record.")
{
    private readonly ConditionalWeakTable<SignedInAgent, ReportedCall> _ended = [];

    public override void AfterCallEnded(CallLeg leg) => _ended.AddOrUpdate(leg.Agent, ReportedCall.Of(leg));

    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CurCallId.Length == 0 && _ended.TryGetValue(agent, out var ended)
            ? reported with
            {
                CurCallId = ended.CurCallId,
                MainCallId = ended.MainCallId,
                CallerNo = ended.CallerNo,
                CalledNo = ended.CalledNo,
            }
            : reported;
}
