namespace AgentGateway.Reference.Faults;

internal sealed class AgentIdAccepts60000() : Fault(
    GatewayFault.AgentIdAccepts60000,
    "agent-id-accepts-60000",
    "AgentIdBounds",
    "The agent ID one above the edition's upper edge (60000, or 1000000 in edition 2025) is accepted.")
{
    public override bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings) =>
        valid || agentId == settings.MaxAgentId + 1;
}
