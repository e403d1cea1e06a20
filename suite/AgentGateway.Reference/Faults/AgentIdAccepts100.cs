namespace AgentGateway.Reference.Faults;

internal sealed class AgentIdAccepts100() : Fault(
    GatewayFault.AgentIdAccepts100,
    "agent-id-accepts-100",
    "AgentIdBounds",
    "Agent ID 100, one below the documented range, is accepted like a valid ID.")
{
    public override bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings) =>
        valid || agentId == GatewaySettings.MinAgentId - 1;
}
