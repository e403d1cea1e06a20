namespace AgentGateway.Reference.Faults;

internal sealed class AgentIdRefuses101() : Fault(
    GatewayFault.AgentIdRefuses101,
    "agent-id-refuses-101",
    "AgentIdBounds",
    "Agent ID 101, the lower edge of the range, is refused with 000-002.")
{
    public override bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings) =>
        valid && agentId != GatewaySettings.MinAgentId;
}
