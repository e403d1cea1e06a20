using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class HoldCallIdEmpty() : Fault(
    GatewayFault.HoldCallIdEmpty,
    "hold-callid-empty",
    "Calls",
    "While a call is held, a sync reports holdCallId \"\": the holding agent's sync does not say which call it holds.")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.HoldCallId.Length == 0 ? reported : reported with { HoldCallId = "" };
}
