using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class LeadingZeroIdBlankState() : Fault(
    GatewayFault.LeadingZeroIdBlankState,
    "leading-zero-id-blank-state",
    "AgentIdBounds",
    "An agent ID with a leading zero passes the ID check as the number it reads as, but agents are kept by the ID as "
    + "written: a syncagentinfo on 041001 finds no agent and is answered retcode \"0\" with the state of an agent just signed "
    + "in and idle, whatever state agent 41001 is in.")
{
    public override bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings) =>
        valid || (agentId >= GatewaySettings.MinAgentId && agentId <= settings.MaxAgentId);

    public override GatewayAnswer AnswerSyncNotSignedIn(AgentSlot slot, GatewayServices services, GatewayAnswer refusal) =>
        slot.AgentId.StartsWith('0') ? FreshAgentSync(slot, services) : refusal;
}
