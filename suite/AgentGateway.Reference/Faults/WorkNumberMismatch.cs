using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class WorkNumberMismatch() : Fault(
    GatewayFault.WorkNumberMismatch,
    "worknumber-mismatch",
    "Consistency",
    "workNo carries the phone number the agent signed in with (\"0\" if none or equal) instead of the agent ID.")
{
    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        agent.PhoneNumber.Length == 0 || string.Equals(agent.PhoneNumber, reported.WorkNo, StringComparison.Ordinal)
            ? reported with { WorkNo = "0" }
            : reported with { WorkNo = agent.PhoneNumber };
}
