namespace AgentGateway.Reference.Faults;

internal sealed class AgentIdRefuses59999() : Fault(
    GatewayFault.AgentIdRefuses59999,
    "agent-id-refuses-59999",
    "AgentIdBounds",
    "The edition's upper edge (59999, or 999999 in edition 2025) is refused with 000-002.")
{
    public override bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings) =>
        valid && agentId != settings.MaxAgentId;
}
