using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class UnknownAgentSynced() : Fault(
    GatewayFault.UnknownAgentSynced,
    "unknown-agent-synced",
    "HeaderEnforcement",
    "A syncagentinfo for an agent ID that has never signed in is answered retcode \"0\" with the state of an agent just signed "
    + "in and idle, whatever the Guid; an agent that signed out is still refused with 100-006.")
{
    public override GatewayAnswer AnswerSyncNotSignedIn(AgentSlot slot, GatewayServices services, GatewayAnswer refusal) =>
        slot.SessionsStarted == 0 ? FreshAgentSync(slot, services) : refusal;
}
